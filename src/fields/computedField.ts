import type { CollectionAfterReadHook, Field, FieldHook } from 'payload'

/**
 * A read-only scalar computed at read time (no column, hidden in the admin, ignored on writes).
 * Computed objects and lists have typed groups of their own (readTimeGroups.ts).
 */
export const computedField = (name: string, type: 'number' | 'text', hook: FieldHook): Field => {
  const computed = {
    name,
    virtual: true,
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
    hooks: { afterRead: [hook] },
  }
  return type === 'number' ? { ...computed, type } : { ...computed, type }
}

/**
 * Puts a document's keys in the order of its fields. Computed fields are filled by async hooks that
 * finish in any order, so without this two reads of the same content could differ in key order,
 * and so in bytes and ETag.
 */
export const inFieldOrder: CollectionAfterReadHook = ({ collection, doc }) => {
  const ordered: Record<string, unknown> = {}
  for (const name of ['id', ...collection.flattenedFields.map((field) => field.name)])
    if (name in doc) ordered[name] = doc[name]
  for (const [name, value] of Object.entries(doc)) if (!(name in ordered)) ordered[name] = value
  return ordered
}
