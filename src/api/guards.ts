import config from '@payload-config'
import * as qs from 'qs-esm'

import { listenForInvalidations } from './cacheInvalidation'
import { checkGraphqlRequest, nonQueryOperation } from './checks/graphqlDocument'
import { checkWriteBody, parseJsonBody } from './checks/requestBody'
import { whereProblem } from './checks/whereOperators'
import { resolvePersistedQuery } from './persistedQueries'
import { withFieldNames } from './requestedFields'
import {
  cachedAnswer,
  cachePublicGet,
  hasCredentials,
  invalidateAfterWrites,
  markPrivate,
  servePublic,
  withoutCredentials,
} from './publicCache'

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

type GraphqlBody = { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown }

/**
 * The JSON of a GraphQL POST and the document it stands for (its own, or one persisted earlier
 * under its hash), or the 4xx to answer. The document itself is checked later, on a cache miss.
 */
const readGraphqlBody = async (
  request: Request,
): Promise<{ refused: Response } | { body: GraphqlBody; query: unknown }> => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/json' && !type.endsWith('+json'))
    return {
      refused: Response.json(
        { errors: [{ message: 'Send GraphQL as JSON (Content-Type: application/json): {"query", "variables"}.' }] },
        { status: 415 },
      ),
    }
  const parsed = parseJsonBody(await request.text())
  if ('refused' in parsed) return parsed
  const body = parsed.value as GraphqlBody
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { refused: badRequest('Send a JSON object: {"query": "...", "variables": {...}}.') }
  const persisted = resolvePersistedQuery(body.query, body.extensions)
  if (persisted.kind === 'refused') return { refused: persisted.response }
  return { body, query: persisted.kind === 'document' ? persisted.query : body.query }
}

/** JSON with object keys in order, so that the same variables always give the same cache key. */
const stableJson = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(stableJson).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : JSON.stringify(value ?? null)

/** The public cache's key for a GraphQL read: operation, document (whitespace aside) and variables. */
const graphqlReadKey = (request: Request, query: string, { variables, operationName }: GraphqlBody) =>
  [
    'GRAPHQL',
    request.headers.get('origin') ?? '',
    new URL(request.url).pathname,
    typeof operationName === 'string' ? operationName : '',
    query.replace(/\s+/g, ' ').trim(),
    stableJson(variables ?? {}),
  ].join('\n')

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

/**
 * Payload lets a read be sent as POST with `X-Payload-HTTP-Method-Override: GET` and its query
 * string as a urlencoded body (the admin does this for long queries): check that query as a read.
 */
const checkRestRequest = async (request: Request): Promise<Response | null> => {
  const url = new URL(request.url)
  if (request.method === 'POST' && request.headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET') {
    const query = new URL(`${url.pathname}?${await request.clone().text()}`, url)
    return checkQueryParams(query) ?? (await checkRestWhere(query))
  }
  return checkQueryParams(url) ?? (await checkRestWhere(url)) ?? (await checkWriteBody(request))
}

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
    const invalid = await checkRestRequest(request)
    if (invalid) return invalid
    if (request.method !== 'GET') return notImplementedIsNotFound(await write(request, args))
    void listenForInvalidations().catch(() => {})
    return notImplementedIsNotFound(await read(request, args))
  }
}

/**
 * Payload's GraphQL route handler behind the body check. Queries sent anonymously are served from
 * the public cache, keyed on what they ask (the same rules as GET: ETag, 304, never with
 * credentials), and a question answered before is served before its document is parsed again; a
 * document with a mutation is never cached and empties the cache once done.
 */
export const guardGraphql = (handler: GraphqlHandler): GraphqlHandler => {
  const write = invalidateAfterWrites(handler)
  return async (request) => {
    const read = await readGraphqlBody(request)
    if ('refused' in read) return read.refused
    const { body, query } = read
    void listenForInvalidations().catch(() => {})
    const anonymous = !hasCredentials(request)
    const key = typeof query === 'string' ? graphqlReadKey(request, query, body) : null
    const hit = anonymous && key !== null ? cachedAnswer(request, key) : null
    if (hit) return hit

    const checked = checkGraphqlRequest(query, body.variables)
    if ('problem' in checked) return badRequest(checked.problem)
    const { extensions: _persisted, ...forwarded } = { ...body, query }
    const toPayload = (headers: Headers) =>
      new Request(request.url, {
        method: 'POST',
        headers: withFieldNames(headers, checked.document),
        body: JSON.stringify(forwarded),
      })
    if (nonQueryOperation(checked.document)) return write(toPayload(request.headers))
    if (!anonymous || key === null) return markPrivate(await handler(toPayload(request.headers)))
    return servePublic(request, key, () => handler(toPayload(withoutCredentials(request.headers))))
  }
}

/**
 * GraphQL over GET (`?query=…&variables=…&operationName=…`, or a persisted query's
 * `extensions={"persistedQuery":…}` instead of `query`), for queries only, so CDNs and the public
 * cache can keep the answers: it is answered by the POST handler.
 */
export const graphqlOverGet = (postHandler: GraphqlHandler): GraphqlHandler => {
  const read = cachePublicGet(async (request: Request) => {
    const url = new URL(request.url)
    const json = (name: string): { value: unknown } | { refused: Response } =>
      url.searchParams.has(name) ? parseJsonBody(url.searchParams.get(name)!, `"${name}"`) : { value: undefined }
    const variables = json('variables')
    if ('refused' in variables) return variables.refused
    const extensions = json('extensions')
    if ('refused' in extensions) return extensions.refused
    const persisted = resolvePersistedQuery(url.searchParams.get('query'), extensions.value)
    if (persisted.kind === 'refused') return persisted.response
    const query = persisted.kind === 'document' ? persisted.query : url.searchParams.get('query')
    if (!query) return badRequest('Give the GraphQL query in the "query" parameter.')
    const checked = checkGraphqlRequest(query, variables.value)
    if ('problem' in checked) return badRequest(checked.problem)
    const operation = nonQueryOperation(checked.document)
    if (operation) return badRequest(`A ${operation} must be sent with POST; GET runs queries only.`)
    const headers = withFieldNames(request.headers, checked.document)
    headers.set('content-type', 'application/json')
    const operationName = url.searchParams.get('operationName') ?? undefined
    return postHandler(
      new Request(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: variables.value, operationName }),
      }),
    )
  })
  return async (request) => {
    void listenForInvalidations().catch(() => {})
    return read(request)
  }
}
