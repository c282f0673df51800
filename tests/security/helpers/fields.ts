/**
 * Cases generated from the running config, so a new collection or field is attacked without
 * anyone adding it here: every queryable field path of every collection, with its type.
 */
import type { FlattenedField, Payload } from 'payload'

export type FieldPath = { path: string; type: FlattenedField['type']; hasMany: boolean }

const walk = (fields: FlattenedField[], prefix: string, out: FieldPath[]) => {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      if (field.type === 'array') out.push({ path, type: field.type, hasMany: false })
      walk(field.flattenedFields, `${path}.`, out)
    } else if (field.type === 'blocks') {
      out.push({ path, type: field.type, hasMany: false })
      for (const block of field.blocks ?? [])
        if (typeof block === 'object') walk(block.flattenedFields, `${path}.`, out)
    } else if (field.type !== 'join') {
      out.push({ path, type: field.type, hasMany: 'hasMany' in field && Boolean(field.hasMany) })
    }
  }
}

/** Every field path of a collection that a `where` could name, deduplicated. */
export const queryableFields = (payload: Payload, slug: string): FieldPath[] => {
  const out: FieldPath[] = [{ path: 'id', type: 'number', hasMany: false }]
  walk(payload.collections[slug as keyof typeof payload.collections].config.flattenedFields, '', out)
  return [...new Map(out.map((field) => [field.path, field])).values()]
}

export const collectionSlugs = (payload: Payload): string[] => Object.keys(payload.collections)
