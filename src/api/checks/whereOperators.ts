/**
 * Which `where` operators each field type answers. Payload accepts any known operator on any field
 * and hands the combination to PostgreSQL, where `near` on a title or `like` on a date fail as server
 * errors. This table (modelled on the operators Payload's own admin filter offers per type) decides
 * up front, so a query Payload cannot run is refused with a 400 that names the field and operator.
 */
import type { FlattenedField, Operator, SanitizedCollectionConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'

const EQUALS = ['equals', 'not_equals']
const SETS = ['in', 'not_in']
const EXISTS = ['exists']
const COMPARE = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT_SEARCH = ['like', 'not_like', 'contains']
// `all` is refused: the PostgreSQL adapter fails on it for has-many fields.
const MANY = ['contains']
const GEO = ['near', 'within', 'intersects']

type Kind = FlattenedField['type'] | 'id' | 'json-path' | 'polymorphic' | 'computed'

const OPERATORS: Partial<Record<Kind, string[]>> = {
  id: [...EQUALS, ...SETS, ...EXISTS, ...COMPARE],
  text: [...EQUALS, ...SETS, ...EXISTS, ...COMPARE, ...TEXT_SEARCH],
  textarea: [...EQUALS, ...SETS, ...EXISTS, ...COMPARE, ...TEXT_SEARCH],
  email: [...EQUALS, ...SETS, ...EXISTS, ...COMPARE, ...TEXT_SEARCH],
  code: [...EQUALS, ...SETS, ...EXISTS, ...TEXT_SEARCH],
  number: [...EQUALS, ...SETS, ...EXISTS, ...COMPARE],
  date: [...EQUALS, ...SETS, ...EXISTS, ...COMPARE],
  checkbox: [...EQUALS, ...SETS, ...EXISTS],
  select: [...EQUALS, ...SETS, ...EXISTS],
  radio: [...EQUALS, ...SETS, ...EXISTS],
  relationship: [...EQUALS, ...SETS, ...EXISTS],
  upload: [...EQUALS, ...SETS, ...EXISTS],
  // `exists` on a polymorphic relationship fails in the adapter; `<field>.value` answers it.
  polymorphic: EQUALS,
  json: [...EQUALS, ...SETS, ...EXISTS],
  'json-path': [...EQUALS, ...SETS, ...EXISTS, ...COMPARE, ...TEXT_SEARCH],
  richText: EXISTS,
  point: [...EQUALS, ...EXISTS, ...GEO],
  array: EXISTS,
  blocks: EXISTS,
  group: EXISTS,
  tab: EXISTS,
}

/** Fields of a version row that are not the document's own (`version.*` holds those). */
const VERSION_FIELDS: Record<string, Kind> = {
  id: 'id',
  parent: 'relationship',
  latest: 'checkbox',
  autosave: 'checkbox',
  snapshot: 'checkbox',
  publishedLocale: 'select',
  createdAt: 'date',
  updatedAt: 'date',
}

/** Deepest `and`/`or` nesting a query may use. */
export const MAX_WHERE_DEPTH = 8

type Resolved = { kind: Kind; hasMany: boolean } | null

export type FieldsOf = (slug: string) => FlattenedField[] | undefined

/** What a dotted path names, or null when it names nothing this table knows (Payload then decides). */
const resolvePath = (fields: FlattenedField[], segments: string[], fieldsOf: FieldsOf): Resolved => {
  const [name, ...rest] = segments
  if (name === 'id' && rest.length === 0 && !fields.some((field) => field.name === 'id'))
    return { kind: 'id', hasMany: false }
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return null
  // Computed when read (no column), down to its subfields; a virtual naming a relationship path is queryable.
  if ('virtual' in field && field.virtual === true) return { kind: 'computed', hasMany: false }
  const hasMany = 'hasMany' in field && Boolean(field.hasMany)
  if (rest.length === 0) {
    if (field.type === 'relationship' && Array.isArray(field.relationTo)) return { kind: 'polymorphic', hasMany }
    return { kind: field.type, hasMany }
  }
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return resolvePath(field.flattenedFields, rest, fieldsOf)
    case 'blocks': {
      for (const block of field.blocks ?? []) {
        if (typeof block !== 'object') continue
        const found = resolvePath(block.flattenedFields, rest, fieldsOf)
        if (found) return found
      }
      return rest[0] === 'blockType' && rest.length === 1 ? { kind: 'text', hasMany: false } : null
    }
    case 'json':
      return { kind: 'json-path', hasMany: false }
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        if (rest.length === 1 && rest[0] === 'relationTo') return { kind: 'select', hasMany: false }
        if (rest.length === 1 && rest[0] === 'value') return { kind: 'relationship', hasMany: false }
        return null
      }
      const related = fieldsOf(field.relationTo)
      return related ? resolvePath(related, rest, fieldsOf) : null
    }
    default:
      return null
  }
}

const isScalar = (value: unknown) =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)

const isNumeric = (value: unknown) =>
  typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()))
const isBoolean = (value: unknown) => typeof value === 'boolean' || value === 'true' || value === 'false'
const isDate = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())

/** Per kind, what each compared value must look like (ids are PostgreSQL serials here). */
type Shape = { test: (value: unknown) => boolean; one: string; many: string }
const VALUE_SHAPE: Partial<Record<Kind, Shape>> = {
  id: { test: isNumeric, one: 'a numeric id', many: 'numeric ids' },
  relationship: { test: isNumeric, one: 'a numeric id', many: 'numeric ids' },
  upload: { test: isNumeric, one: 'a numeric id', many: 'numeric ids' },
  number: { test: isNumeric, one: 'a number', many: 'numbers' },
  date: { test: isDate, one: 'a date', many: 'dates' },
  checkbox: { test: isBoolean, one: 'true or false', many: 'true or false values' },
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const valueProblem = (operator: string, value: unknown, kind: Kind): string | null => {
  if (operator === 'near') {
    const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
    return parts.length >= 2 && parts.length <= 4 && parts.every((part) => part !== '' && Number.isFinite(Number(part)))
      ? null
      : 'give "longitude,latitude[,maxDistance[,minDistance]]"'
  }
  if (operator === 'within' || operator === 'intersects') {
    const geometry = value as { type?: unknown; coordinates?: unknown } | null
    return geometry &&
      typeof geometry === 'object' &&
      typeof geometry.type === 'string' &&
      Array.isArray(geometry.coordinates)
      ? null
      : 'give a GeoJSON geometry {type, coordinates}'
  }
  if (operator === 'exists') return isBoolean(value) ? null : 'give true or false'
  const shape = VALUE_SHAPE[kind]
  if (['in', 'not_in', 'all'].includes(operator)) {
    if (!(isScalar(value) || (Array.isArray(value) && value.every(isScalar)))) return 'give a list of values'
    return !shape || listOf(value).every((item) => item === null || item === '' || shape.test(item))
      ? null
      : `wrong type, give a list of ${shape.many}`
  }
  if (kind === 'polymorphic') {
    const ref = value as { relationTo?: unknown; value?: unknown } | null
    return ref && typeof ref === 'object' && typeof ref.relationTo === 'string' && isScalar(ref.value)
      ? null
      : 'this relationship points to several collections: give {relationTo, value}, or query "<field>.value"'
  }
  if (!isScalar(value)) return 'give a single value'
  if (
    shape &&
    value !== null &&
    value !== '' &&
    !shape.test(value) &&
    !['like', 'not_like', 'contains'].includes(operator)
  )
    return `wrong type, give ${shape.one}`
  return null
}

type Context = { fields: FlattenedField[]; fieldsOf: FieldsOf }

const checkConstraint = (path: string, constraint: unknown, context: Context): string | null => {
  if (!constraint || typeof constraint !== 'object' || Array.isArray(constraint))
    return `"${path}" needs an operator, e.g. where[${path}][equals]=…`
  // GraphQL spells nested paths with double underscores.
  const segments = path.replace(/__/g, '.').split('.')
  // Version queries name the document's fields under `version.` and their own (parent, latest…)
  // at the top; Payload's hooks do not say which kind of query runs, so both are looked up.
  const versionPath =
    segments[0] === 'version' && segments.length > 1 && !context.fields.some((f) => f.name === 'version')
  const resolved: Resolved =
    resolvePath(context.fields, versionPath ? segments.slice(1) : segments, context.fieldsOf) ??
    (segments.length === 1 && VERSION_FIELDS[path] ? { kind: VERSION_FIELDS[path], hasMany: false } : null)
  for (const [operator, value] of Object.entries(constraint)) {
    if (!resolved) continue // an unknown path or operator: Payload answers it with its own 400
    if (resolved.kind === 'computed') return `"${path}" is computed when read and cannot be queried.`
    const allowed = [...(OPERATORS[resolved.kind] ?? EXISTS), ...(resolved.hasMany ? MANY : [])]
    if (!allowed.includes(operator)) {
      if (!validOperatorSet.has(operator as Operator)) continue
      return `"${operator}" cannot be used on "${path}" (a ${resolved.kind} field); use one of: ${allowed.join(', ')}.`
    }
    const problem = valueProblem(operator, value, resolved.kind)
    if (problem) return `"${path}" ${operator}: ${problem}.`
  }
  return null
}

const checkWhere = (where: unknown, context: Context, depth: number): string | null => {
  if (where === undefined || where === null) return null
  if (typeof where !== 'object' || Array.isArray(where)) return '"where" must be an object of conditions.'
  if (depth > MAX_WHERE_DEPTH) return `"where" is nested more than ${MAX_WHERE_DEPTH} levels deep.`
  for (const [key, constraint] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const items = Array.isArray(constraint)
        ? constraint
        : constraint && typeof constraint === 'object'
          ? Object.values(constraint)
          : null
      if (!items) return `"${key}" must be a list of conditions.`
      for (const item of items) {
        const problem = checkWhere(item, context, depth + 1)
        if (problem) return problem
      }
      continue
    }
    const problem = checkConstraint(key, constraint, context)
    if (problem) return problem
  }
  return null
}

/** Why `where` cannot run on a collection's or global's documents or versions, or null when it can. */
export const whereProblem = (
  where: unknown,
  owner: Pick<SanitizedCollectionConfig, 'flattenedFields'>,
  fieldsOf: FieldsOf,
): string | null => checkWhere(where, { fields: owner.flattenedFields, fieldsOf }, 0)

/** Why `sort` cannot run (it names a field computed when read), or null when it can. */
export const sortProblem = (
  sort: unknown,
  owner: Pick<SanitizedCollectionConfig, 'flattenedFields'>,
  fieldsOf: FieldsOf,
): string | null => {
  const items = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  for (const item of items) {
    if (typeof item !== 'string') continue
    const path = item.trim().replace(/^-/, '')
    const resolved = resolvePath(owner.flattenedFields, path.replace(/__/g, '.').split('.'), fieldsOf)
    if (resolved?.kind === 'computed') return `"${path}" is computed when read and cannot be sorted on.`
  }
  return null
}
