/**
 * Next's cache for the site's rendered pages and their GraphQL reads, kept in memory and emptied
 * by the same signal as the API's public cache (src/api/publicCache.ts): a write on this instance,
 * or PostgreSQL NOTIFY from any instance. Nothing outlives the process, so a restart never serves
 * pages from before it. Plain JavaScript: Next loads it at run time (next.config.mjs, cacheHandler).
 */
const GENERATION = Symbol.for('vetted.publicContentGeneration')
const MAX_ENTRIES = 1000

const currentGeneration = () => globalThis[GENERATION] ?? 0

const entries = new Map()
// The generation each key was last looked up at: a render that started before a write must not be
// stored as if it came after it.
const lookedUpAt = new Map()

export default class PublicContentCacheHandler {
  async get(key) {
    const generation = currentGeneration()
    // Lookups whose render failed are never followed by set(): keep the map bounded.
    if (lookedUpAt.size >= MAX_ENTRIES * 4) lookedUpAt.clear()
    lookedUpAt.set(key, generation)
    const entry = entries.get(key)
    if (!entry) return null
    if (entry.generation !== generation) {
      entries.delete(key)
      return null
    }
    return entry.stored
  }

  async set(key, value, ctx) {
    const generation = lookedUpAt.get(key)
    lookedUpAt.delete(key)
    // Unknown start (never looked up, or forgotten) or a change since: do not keep it.
    if (generation !== currentGeneration() || value === null) return
    entries.delete(key)
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value)
    entries.set(key, { generation, stored: { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl } })
  }

  async revalidateTag() {
    entries.clear()
  }

  resetRequestCache() {}
}
