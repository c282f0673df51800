import type { AfterErrorHook } from 'payload'

import { listenForInvalidations } from './cacheInvalidation'
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
 * PostgreSQL "data exception" errors (class 22: text where a number or date belongs, a negative
 * offset…) can only come from the values a client sent: answer 400 rather than 500.
 */
export const clientDataErrorsAre400: AfterErrorHook = ({ error }) => {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code
  if (typeof code === 'string' && code.startsWith('22')) {
    return {
      status: 400,
      response: {
        errors: [
          {
            message:
              'A value in the request has the wrong type or is out of range (e.g. text where a number id belongs).',
          },
        ],
      },
    }
  }
  return undefined
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
    const invalid = checkQueryParams(new URL(request.url))
    if (invalid) return invalid
    if (request.method !== 'GET') return write(request, args)
    void listenForInvalidations().catch(() => {})
    return read(request, args)
  }
}

/** Payload's GraphQL route handler behind the body check; a mutation empties the public cache. */
export const guardGraphql =
  (handler: GraphqlHandler): GraphqlHandler =>
  async (request) =>
    (await checkGraphqlBody(request)) ?? invalidateAfterWrites(handler)(request)

/**
 * GraphQL over GET (`?query=…&variables=…`), for queries only, so CDNs and the public cache can
 * keep the answers: it is answered by the POST handler.
 */
export const graphqlOverGet = (postHandler: GraphqlHandler): GraphqlHandler => {
  const read = cachePublicGet(async (request: Request) => {
    const url = new URL(request.url)
    const query = url.searchParams.get('query')
    if (!query) return badRequest('Give the GraphQL query in the "query" parameter.')
    if (/^\s*mutation\b/.test(query)) return badRequest('Mutations must be sent with POST.')
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
