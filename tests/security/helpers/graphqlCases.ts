/**
 * GraphQL cases generated from the schema Payload builds from the running config: every list
 * query, every field of its `where` input, every operator that field offers.
 */
import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLInputType, GraphQLSchema } from 'graphql'
import type { Payload } from 'payload'

export type WhereCase = { query: string; field: string; operator: string; whereType: string; value: unknown }

// @payloadcms/graphql may load its own copy of graphql, whose instanceof checks reject ours: tell
// types apart by their constructor names instead.
const kindOf = (type: unknown) => (type as { constructor: { name: string } }).constructor.name
const isNonNullType = (type: unknown): type is { ofType: GraphQLInputType } => kindOf(type) === 'GraphQLNonNull'
const isListType = (type: unknown): type is { ofType: GraphQLInputType } => kindOf(type) === 'GraphQLList'
const isEnumType = (type: unknown): type is { getValues: () => { value: unknown }[] } =>
  kindOf(type) === 'GraphQLEnumType'
const isScalarType = (type: unknown): type is { name: string } => kindOf(type) === 'GraphQLScalarType'
type InputObject = { name: string; getFields: () => Record<string, { type: GraphQLInputType }> }
const isInputObjectType = (type: unknown): type is InputObject => kindOf(type) === 'GraphQLInputObjectType'
const getNamedType = (type: unknown): unknown =>
  isNonNullType(type) || isListType(type) ? getNamedType(type.ofType) : type

let schema: GraphQLSchema | undefined
export const payloadSchema = (payload: Payload): GraphQLSchema => (schema ??= configToSchema(payload.config).schema)

/** A small GeoJSON polygon, for the geometry operators. */
export const POLYGON = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
}

/** A value of the operator's declared type, so the request passes GraphQL validation and reaches Payload. */
const sampleValue = (type: GraphQLInputType, operator: string): unknown => {
  if (isNonNullType(type)) return sampleValue(type.ofType, operator)
  if (isListType(type)) return operator === 'near' ? [10, 20, 1000, 0] : [sampleValue(type.ofType, operator)]
  if (isEnumType(type)) return type.getValues()[0]?.value
  if (isInputObjectType(type)) return POLYGON
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return 1
    if (type.name === 'Boolean') return true
    if (type.name === 'JSON' || type.name === 'JSONObject')
      return operator === 'within' || operator === 'intersects' ? POLYGON : 'x'
    return 'x'
  }
  return 'x'
}

export const graphqlWhereCases = (payload: Payload): WhereCase[] => {
  const queryType = payloadSchema(payload).getQueryType()!
  const cases: WhereCase[] = []
  for (const [name, field] of Object.entries(queryType.getFields())) {
    const whereArg = field.args.find((arg) => arg.name === 'where')
    if (!whereArg) continue
    const whereType = getNamedType(whereArg.type)
    if (!isInputObjectType(whereType)) continue
    for (const [fieldName, input] of Object.entries(whereType.getFields())) {
      if (fieldName === 'AND' || fieldName === 'OR') continue
      const operators = getNamedType(input.type)
      if (!isInputObjectType(operators)) continue
      for (const [operator, operatorInput] of Object.entries(operators.getFields())) {
        cases.push({
          query: name,
          field: fieldName,
          operator,
          whereType: whereType.name,
          value: sampleValue(operatorInput.type, operator),
        })
      }
    }
  }
  return cases
}

type OutputField = { name: string; type: unknown; args: { type: unknown }[] }
type ObjectLike = { name: string; getFields: () => Record<string, OutputField> }
const isObjectType = (type: unknown): type is ObjectLike => kindOf(type) === 'GraphQLObjectType'
const isLeaf = (type: unknown) => ['GraphQLScalarType', 'GraphQLEnumType'].includes(kindOf(type))

/** A selection of every field without required arguments, objects followed `depth` levels deep. */
export const selectionOf = (type: unknown, depth: number): string => {
  if (!isObjectType(type)) return ''
  const parts: string[] = []
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue
    const named = getNamedType(field.type)
    if (isLeaf(named)) parts.push(field.name)
    else if (depth > 0 && isObjectType(named)) {
      const inner = selectionOf(named, depth - 1)
      if (inner) parts.push(`${field.name} { ${inner} }`)
    }
  }
  return parts.join(' ')
}

export type ReadQuery = { name: string; document: string }

/**
 * Every query the schema offers, as an anonymous reader might send it: lists with `draft: true`,
 * single documents by the given ids, version lists, each selecting every field it can.
 */
export const graphqlReadQueries = (payload: Payload, ids: number[]): ReadQuery[] => {
  const queryType = payloadSchema(payload).getQueryType()!
  const out: ReadQuery[] = []
  for (const [name, field] of Object.entries(queryType.getFields())) {
    const argNames = field.args.map((arg) => arg.name)
    const selection = selectionOf(getNamedType(field.type), 2)
    if (!selection) continue
    const draftArg = argNames.includes('draft') ? ', draft: true' : ''
    if (argNames.includes('id') && field.args.find((arg) => arg.name === 'id' && isNonNullType(arg.type))) {
      for (const id of ids)
        out.push({ name: `${name}(${id})`, document: `{ q: ${name}(id: ${id}${draftArg}) { ${selection} } }` })
      continue
    }
    if (field.args.some((arg) => isNonNullType(arg.type))) continue
    const limit = argNames.includes('limit') ? '(limit: 100' + draftArg + ')' : draftArg ? `(${draftArg.slice(2)})` : ''
    out.push({ name, document: `{ q: ${name}${limit} { ${selection} } }` })
  }
  return out
}
