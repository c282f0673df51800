/**
 * An in-process cache of anonymous GET answers (REST, GraphQL over GET), with ETag, Cache-Control
 * and 304s. Requests with credentials bypass it. It is emptied whenever public content may have
 * changed: while a write that touches public content runs, right after the request that made it,
 * and on PostgreSQL NOTIFY, which is delivered only once the writing transaction has committed, to
 * every instance on the database.
 *
 * "Emptied" means the process-wide generation moves on: entries of an older generation are never
 * served. The counter lives on globalThis, so the site's page cache (src/site/pageCache.mjs, which
 * Next loads apart from the app's bundles) and every copy of this module see the same one.
 */
import { hash53 } from '@/plugins/mental-health/analysis/text'

type Entry = { body: ArrayBuffer; headers: [string, string][]; etag: string }

const MAX_ENTRIES = 2000
const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'
const entries = new Map<string, Entry>()
let entriesGeneration = 0

const PUBLIC_CONTENT_GENERATION = Symbol.for('vetted.publicContentGeneration')
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

export const hasCredentials = (request: Request) =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

const respond = (request: Request, entry: Entry, state: 'HIT' | 'MISS') => {
  const headers = new Headers(entry.headers)
  headers.set('ETag', entry.etag)
  headers.set('Cache-Control', CACHE_CONTROL)
  headers.set('X-Cache', state)
  if (request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers })
  return new Response(entry.body, { status: 200, headers })
}

/** Serves `handler`'s anonymous 200 answers from the cache, keyed by the whole URL. */
export const cachePublicGet =
  <A extends unknown[]>(handler: (request: Request, ...args: A) => Promise<Response>) =>
  async (request: Request, ...args: A): Promise<Response> => {
    if (request.method !== 'GET' || hasCredentials(request)) return handler(request, ...args)
    const key = request.url
    const cached = currentEntries().get(key)
    if (cached) return respond(request, cached, 'HIT')

    const startedAt = currentGeneration()
    const response = await handler(request, ...args)
    if (response.status !== 200) return response
    const body = await response.arrayBuffer()
    const entry: Entry = {
      body,
      headers: [...response.headers.entries()].filter(([name]) => !['set-cookie', 'content-length'].includes(name)),
      etag: `W/"${hash53(Buffer.from(body).toString('latin1'))}"`,
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
 * Once a request that changed public content has finished (its transaction has committed), drop
 * cached answers again, so this instance reads its own writes without waiting for the NOTIFY. Whether
 * it changed public content is told by the hooks (src/api/cacheInvalidation.ts), which empty the
 * cache while the write runs.
 */
export const invalidateAfterWrites =
  <A extends unknown[]>(handler: (request: Request, ...args: A) => Promise<Response>) =>
  async (request: Request, ...args: A): Promise<Response> => {
    const before = currentGeneration()
    const response = await handler(request, ...args)
    if (currentGeneration() !== before) invalidatePublicCache()
    return response
  }
