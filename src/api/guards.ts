import { Kind, parse, type DocumentNode } from 'graphql'
import config from '@payload-config'
import type { AfterErrorHook } from 'payload'
import * as qs from 'qs-esm'

import { listenForInvalidations } from './cacheInvalidation'
import { whereProblem } from './checks/whereOperators'
import { cachePublicGet, invalidateAfterWrites } from './publicCache'

/**
 * Bad input answers 4xx, never 500. Payload forwards some malformed queries to PostgreSQL (a
 * repeated `limit`, a negative `page`, text where an id is a number), where they fail as server
 * errors; these guards catch them at the API boundary, before Payload runs.
 */

const INTEGER_PARAMS: Record<string, { min: number; max: number }> = {
  limit: { min: 0, max: 1000 },
  page: { min: 1, max: 1_000_000 },
  depth: { min: 0, max: 10 },
}

/** Tokens in one GraphQL document; far above any real query, far below what slows the parser. */
const MAX_GRAPHQL_TOKENS = 20_000

/** How Payload itself parses the query string (createPayloadRequest). */
const QUERY_STRING_OPTIONS = { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }

const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/** Query parameters Payload reads as numbers must each appear once, as an integer within bounds. */
export const checkQueryParams = (url: URL): Response | null => {
  for (const [name, { min, max }] of Object.entries(INTEGER_PARAMS)) {
    const values = url.searchParams.getAll(name)
    if (values.length === 0) continue
    if (values.length > 1) return badRequest(`"${name}" was given ${values.length} times; give it once.`)
    const value = Number(values[0])
    if (!/^\d+$/.test(values[0]) || value < min || value > max) {
      return badRequest(`"${name}" must be a whole number from ${min} to ${max}, not "${values[0]}".`)
    }
  }
  return null
}

/** A GraphQL POST must carry a JSON object. */
export const checkGraphqlBody = async (request: Request): Promise<Response | null> => {
  if (request.method !== 'POST') return null
  const text = await request.clone().text()
  try {
    const body = JSON.parse(text) as unknown
    if (!body || typeof body !== 'object')
      return badRequest('Send a JSON object: {"query": "...", "variables": {...}}.')
  } catch {
    return badRequest('The request body is not valid JSON. Send {"query": "...", "variables": {...}}.')
  }
  return null
}

/**
 * Errors that can only come from the values a client sent: PostgreSQL "data exception" errors
 * (class 22: text where a number or date belongs, a negative offset…) and an operator the database
 * adapter has no implementation for on that column (the query checks in src/api/checks refuse
 * these first; this is the backstop for paths they cannot see, such as a global's versions).
 */
const clientDataError = (error: unknown): string | null => {
  const { code, cause, message } = error as { code?: unknown; cause?: { code?: unknown }; message?: unknown }
  const pgCode = cause?.code ?? code
  // 42883: no such operator for these types (e.g. LIKE on an integer column).
  if (typeof pgCode === 'string' && (pgCode.startsWith('22') || pgCode === '42883'))
    return 'A value in the request has the wrong type or is out of range (e.g. text where a number id belongs).'
  if (
    error instanceof TypeError &&
    typeof message === 'string' &&
    /adapter\.operators\[\w+\] is not a function/.test(message)
  )
    return 'That operator cannot be used on this field.'
  return null
}

/** Answers 400 (REST) or a 400-coded GraphQL error instead of a 500 for such errors. */
export const clientDataErrorsAre400: AfterErrorHook = ({ error, graphqlResult }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  const message = clientDataError(original)
  if (!message) return undefined
  if (graphqlResult) {
    return {
      graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } },
    }
  }
  return { status: 400, response: { errors: [{ message }] } }
}

/** A `where` in the query string must name operators its fields can answer (src/api/checks). */
export const checkRestWhere = async (url: URL): Promise<Response | null> => {
  if (![...url.searchParams.keys()].some((key) => key.startsWith('where'))) return null
  const sanitized = await config
  const [first, second] = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const owner =
    first === 'globals'
      ? sanitized.globals.find((candidate) => candidate.slug === second)
      : sanitized.collections.find((candidate) => candidate.slug === first)
  if (!owner) return null
  const { where } = qs.parse(url.search, QUERY_STRING_OPTIONS) as { where?: unknown }
  const problem = whereProblem(
    where,
    owner,
    (related) => sanitized.collections.find((candidate) => candidate.slug === related)?.flattenedFields,
  )
  return problem ? badRequest(problem) : null
}

/** Payload answers 501 for collections that have no REST API; to a client that is "not found". */
const notImplementedIsNotFound = (response: Response): Response =>
  response.status === 501
    ? Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404, headers: { 'cache-control': 'no-store' } })
    : response

type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type GraphqlHandler = (request: Request) => Promise<Response>

/**
 * Payload's REST route handler behind the query-parameter check; anonymous GETs are served from the
 * public cache, and every other request empties it once done.
 */
export const guardRest = (handler: RestHandler): RestHandler => {
  const read = cachePublicGet(handler)
  const write = invalidateAfterWrites(handler)
  return async (request, args) => {
    const url = new URL(request.url)
    const invalid = checkQueryParams(url) ?? (await checkRestWhere(url))
    if (invalid) return invalid
    if (request.method !== 'GET') return notImplementedIsNotFound(await write(request, args))
    void listenForInvalidations().catch(() => {})
    return notImplementedIsNotFound(await read(request, args))
  }
}

/** Payload's GraphQL route handler behind the body check; a mutation empties the public cache. */
export const guardGraphql =
  (handler: GraphqlHandler): GraphqlHandler =>
  async (request) =>
    (await checkGraphqlBody(request)) ?? invalidateAfterWrites(handler)(request)

/**
 * Over GET only queries may run: the document is parsed (as GraphQL itself reads it, comments and
 * punctuation included) and refused when any operation in it is a mutation or a subscription.
 */
export const refuseNonQueryOverGet = (query: string): Response | null => {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_GRAPHQL_TOKENS })
  } catch (error) {
    return badRequest(`The GraphQL document does not parse: ${(error as Error).message}`)
  }
  const other = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query',
  )
  if (other && other.kind === Kind.OPERATION_DEFINITION)
    return badRequest(`A ${other.operation} must be sent with POST; GET runs queries only.`)
  return null
}

/**
 * GraphQL over GET (`?query=…&variables=…`), for queries only, so CDNs and the public cache can
 * keep the answers: it is answered by the POST handler.
 */
export const graphqlOverGet = (postHandler: GraphqlHandler): GraphqlHandler => {
  const read = cachePublicGet(async (request: Request) => {
    const url = new URL(request.url)
    const query = url.searchParams.get('query')
    if (!query) return badRequest('Give the GraphQL query in the "query" parameter.')
    const refused = refuseNonQueryOverGet(query)
    if (refused) return refused
    let variables: unknown
    try {
      variables = url.searchParams.has('variables') ? JSON.parse(url.searchParams.get('variables')!) : undefined
    } catch {
      return badRequest('"variables" is not valid JSON.')
    }
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    return postHandler(new Request(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) }))
  })
  return async (request) => {
    void listenForInvalidations().catch(() => {})
    return read(request)
  }
}
