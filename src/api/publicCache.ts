/**
 * An in-process cache of anonymous reads (REST GETs, GraphQL queries over GET and POST), with ETag, Cache-Control
 * and 304s. It is emptied whenever public content may have changed: while a write that touches
 * public content runs, right after the request that made it, and on PostgreSQL NOTIFY, which is
 * delivered only once the writing transaction has committed, to every instance on the database.
 *
 * Safety does not rest on telling signed-in requests apart: every answer this cache keeps is
 * computed from a copy of the request with its credentials removed, so it is the answer Payload
 * gives an anonymous reader, whatever cookie or header spelling a client invents. Requests that do
 * carry credentials skip the cache and are answered `private, no-store`.
 *
 * "Emptied" means the process-wide generation moves on: entries of an older generation are never
 * served. The counter lives on globalThis, so the site's page cache (src/site/pageCache.mjs, which
 * Next loads apart from the app's bundles) and every copy of this module see the same one.
 */
import { createHash } from 'crypto'

type Entry = { body: ArrayBuffer; headers: [string, string][]; etag: string; expiresAt: number }

const MAX_ENTRIES = 2000
/** Seconds an entry may be served by this cache or a shared cache in front of it. */
export const PUBLIC_MAX_AGE_SECONDS = 60
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=300`
export const PRIVATE_CACHE_CONTROL = 'private, no-store'
/** Request headers a public answer may depend on; shared caches must key on them. */
export const PUBLIC_VARY = 'Authorization, Cookie, Origin'

/** Headers that can carry credentials to Payload (JWT, Bearer and API-key headers; the auth cookie). */
const CREDENTIAL_HEADERS = ['authorization', 'cookie'] as const

const entries = new Map<string, Entry>()
let entriesGeneration = 0

const PUBLIC_CONTENT_GENERATION = Symbol.for('vetted.publicContentGeneration')
// One counter per process, shared by every copy of this module (Next bundles it more than once).
const shared = globalThis as unknown as Record<symbol, number | undefined>
const currentGeneration = () => shared[PUBLIC_CONTENT_GENERATION] ?? 0

export const invalidatePublicCache = () => {
  shared[PUBLIC_CONTENT_GENERATION] = currentGeneration() + 1
}

/** The entries of the current generation (older ones are dropped on first sight). */
const currentEntries = () => {
  if (entriesGeneration !== currentGeneration()) {
    entries.clear()
    entriesGeneration = currentGeneration()
  }
  return entries
}

/**
 * Whether the request may be signed in: any Authorization header, or any cookie whose name
 * mentions a token, spelled however (spaces, case, percent-encoding). Deliberately broad: a false
 * "yes" only costs a cache miss, and a false "no" still gets an anonymous answer.
 */
export const hasCredentials = (request: Request): boolean => {
  if (request.headers.has('authorization')) return true
  const cookie = request.headers.get('cookie')
  if (!cookie) return false
  return cookie.split(';').some((pair) => {
    const name = pair.split('=')[0] ?? ''
    let decoded = name
    try {
      decoded = decodeURIComponent(name)
    } catch {
      // keep the raw name
    }
    return /token|session|api-?key/i.test(decoded)
  })
}

/** The headers without anything Payload could authenticate. */
export const withoutCredentials = (incoming: Headers): Headers => {
  const headers = new Headers(incoming)
  for (const name of CREDENTIAL_HEADERS) headers.delete(name)
  return headers
}

/** A copy of a GET without anything Payload could authenticate. */
export const asAnonymous = (request: Request): Request =>
  new Request(request.url, { method: request.method, headers: withoutCredentials(request.headers) })

/** Marks an answer computed for a signed-in request so that no shared cache stores it. */
export const markPrivate = (response: Response): Response => {
  if (response.status === 304 || response.bodyUsed) return response
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

const respond = (request: Request, entry: Entry, state: 'HIT' | 'MISS') => {
  const headers = new Headers(entry.headers)
  headers.set('ETag', entry.etag)
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
  headers.set('Vary', PUBLIC_VARY)
  headers.set('X-Cache', state)
  if (request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers })
  return new Response(entry.body, { status: 200, headers })
}

const publicResponse = (response: Response): Response => {
  const headers = new Headers(response.headers)
  headers.set('Vary', PUBLIC_VARY)
  if (!headers.has('cache-control') || /\bpublic\b/.test(headers.get('cache-control') ?? ''))
    headers.set('Cache-Control', response.status >= 400 ? 'no-store' : PUBLIC_CACHE_CONTROL)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** The answer kept under `key`, if there is a fresh one, as a HIT (or a 304). */
export const cachedAnswer = (request: Request, key: string): Response | null => {
  const cached = currentEntries().get(key)
  if (cached && cached.expiresAt > Date.now()) return respond(request, cached, 'HIT')
  if (cached) currentEntries().delete(key)
  return null
}

/**
 * Answers an anonymous read from the cache under `key`, else with `compute()` (the anonymous
 * answer), which is kept when it is a plain 200 and no public write finished meanwhile.
 */
export const servePublic = async (request: Request, key: string, compute: () => Promise<Response>) => {
  const hit = cachedAnswer(request, key)
  if (hit) return hit
  const startedAt = currentGeneration()
  const response = await compute()
  // Only a plain 200 is kept; an answer that asks not to be stored (a persisted query not found yet) is not.
  if (response.status !== 200 || /\bno-store\b/.test(response.headers.get('cache-control') ?? ''))
    return publicResponse(response)
  const body = await response.arrayBuffer()
  const entry: Entry = {
    body,
    headers: [...response.headers.entries()].filter(([name]) => !['set-cookie', 'content-length'].includes(name)),
    etag: `W/"${createHash('sha1').update(Buffer.from(body)).digest('hex').slice(0, 16)}"`,
    expiresAt: Date.now() + PUBLIC_MAX_AGE_SECONDS * 1000,
  }
  // A write finished while we read: the answer may predate it, so do not keep it.
  if (startedAt === currentGeneration()) {
    const fresh = currentEntries()
    if (fresh.size >= MAX_ENTRIES) fresh.delete(fresh.keys().next().value!)
    fresh.set(key, entry)
  }
  return respond(request, entry, 'MISS')
}

/**
 * Serves `handler`'s anonymous 200 answers to GETs from the cache, keyed by the URL and the Origin
 * (CORS headers depend on it). Requests with credentials go to `handler` as they are, answered private.
 */
export const cachePublicGet =
  <A extends unknown[]>(handler: (request: Request, ...args: A) => Promise<Response>) =>
  async (request: Request, ...args: A): Promise<Response> => {
    if (request.method !== 'GET') return handler(request, ...args)
    if (hasCredentials(request)) return markPrivate(await handler(request, ...args))
    const key = `GET ${request.headers.get('origin') ?? ''} ${request.url}`
    return servePublic(request, key, () => handler(asAnonymous(request), ...args))
  }

/**
 * Once a request that changed public content has finished (its transaction has committed), drop
 * cached answers again, so this instance reads its own writes without waiting for the NOTIFY. Whether
 * it changed public content is told by the hooks (src/api/cacheInvalidation.ts), which empty the
 * cache while the write runs. Answers to writes are never stored by shared caches.
 */
export const invalidateAfterWrites =
  <A extends unknown[]>(handler: (request: Request, ...args: A) => Promise<Response>) =>
  async (request: Request, ...args: A): Promise<Response> => {
    const before = currentGeneration()
    const response = await handler(request, ...args)
    if (currentGeneration() !== before) invalidatePublicCache()
    return markPrivate(response)
  }
