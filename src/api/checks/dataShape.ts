/**
 * Whether the data sent to a create or update has, field by field, the JSON type the field stores.
 * Payload's own validators assume it (a slug sent as an object reaches string methods and fails as
 * a 500; an object sent as a comment's body is stored). Checked before anything runs, so a wrong
 * shape is a 400 that names the field and nothing is written.
 */
import type { FlattenedField } from 'payload'

export type ShapeError = { path: string; message: string }

const STRING_TYPES = new Set(['text', 'textarea', 'email', 'code', 'date', 'radio'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const isId = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && value.length <= 64)

const isReference = (field: FlattenedField, value: unknown): boolean => {
  if (field.type !== 'relationship' && field.type !== 'upload') return false
  if (Array.isArray(field.relationTo))
    return isObject(value) && typeof value.relationTo === 'string' && (isId(value.value) || isObject(value.value))
  return isId(value) || (isObject(value) && isId(value.id))
}

const one = (field: FlattenedField, value: unknown, path: string, errors: ShapeError[]): void => {
  if (value === null || value === undefined) return
  const wrong = (expected: string): void => void errors.push({ path, message: `"${path}" must be ${expected}.` })
  switch (field.type) {
    case 'text':
    case 'number':
    case 'select':
      if ('hasMany' in field && field.hasMany) {
        if (!Array.isArray(value)) return wrong('a list')
        value.forEach((item, index) =>
          one({ ...field, hasMany: false } as FlattenedField, item, `${path}.${index}`, errors),
        )
        return
      }
      if (field.type === 'number') return void (typeof value !== 'number' && wrong('a number'))
      return void (typeof value !== 'string' && wrong('text'))
    case 'checkbox':
      return void (typeof value !== 'boolean' && wrong('true or false'))
    case 'relationship':
    case 'upload':
      if (field.hasMany) {
        if (!Array.isArray(value)) return wrong('a list of references')
        if (!value.every((item) => isReference(field, item))) wrong('a list of references')
        return
      }
      return void (!isReference(field, value) && wrong('a reference (an id)'))
    case 'group':
    case 'tab':
      if (!isObject(value)) return wrong('an object')
      shapeErrors(value, field.flattenedFields, `${path}.`, errors)
      return
    case 'array':
      if (!Array.isArray(value)) return wrong('a list')
      value.forEach((row, index) => {
        if (!isObject(row)) return wrong('a list of objects')
        shapeErrors(row, field.flattenedFields, `${path}.${index}.`, errors)
      })
      return
    case 'blocks':
      if (!Array.isArray(value) || !value.every(isObject)) wrong('a list of blocks')
      return
    case 'richText':
      return void (!isObject(value) && wrong('a rich-text document'))
    case 'point':
      return void (
        !(Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')) &&
        wrong('[longitude, latitude]')
      )
    case 'json':
    case 'join':
      return
    default:
      if (STRING_TYPES.has(field.type) && typeof value !== 'string') wrong('text')
  }
}

/** Every field of `data` whose value has the wrong JSON type; unknown keys are left to Payload. */
export const shapeErrors = (
  data: Record<string, unknown>,
  fields: FlattenedField[],
  prefix = '',
  errors: ShapeError[] = [],
): ShapeError[] => {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    one(field, data[field.name], `${prefix}${field.name}`, errors)
  }
  return errors
}
