import pg from 'pg'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { invalidatePublicCache } from './publicCache'

const CHANNEL = 'vetted_public_cache'

/** NOTIFY inside the write's transaction: PostgreSQL delivers it only if and when it commits. */
const notifyOnCommit = async (req: PayloadRequest) => {
  invalidatePublicCache()
  // The PostgreSQL adapter's session API is not on Payload's generic DatabaseAdapter type.
  const adapter = req.payload.db as unknown as {
    sessions?: Record<string, { db: unknown }>
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const drizzle = (transactionID && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  await adapter.execute({ drizzle, raw: `SELECT pg_notify('${CHANNEL}', '')` })
}

/** Whether anonymous readers can see a document in this state. */
export type IsPublic = (doc: Record<string, unknown>) => boolean

const publishedVersion: IsPublic = (doc) => doc._status === 'published'
const always: IsPublic = () => true

/**
 * Only writes that can change what anonymous readers see empty the caches: saving a draft that was
 * never published, or a comment still waiting for a moderator, does not, so editors' autosaves and
 * readers' comments leave the cached pages alone.
 */
const notifyWhenPublic =
  (isPublic: IsPublic): CollectionAfterChangeHook =>
  async ({ req, doc, previousDoc }) => {
    if (isPublic(doc) || (previousDoc && isPublic(previousDoc))) await notifyOnCommit(req)
    return doc
  }
const afterDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
  await notifyOnCommit(req)
  return doc
}
const afterGlobalChange: GlobalAfterChangeHook = async ({ req, doc }) => {
  await notifyOnCommit(req)
  return doc
}

const INTERNAL = /^payload-/

const isPublicFor = (collection: CollectionConfig, publicWhen: Record<string, IsPublic>): IsPublic =>
  publicWhen[collection.slug] ??
  (typeof collection.versions === 'object' && collection.versions?.drafts ? publishedVersion : always)

/**
 * Adds the NOTIFY hooks to every collection and global (Payload's internal ones aside). Collections
 * with drafts count as public once published; `publicWhen` says it for others (e.g. approved comments).
 */
export const publicCacheInvalidation =
  ({ publicWhen = {} }: { publicWhen?: Record<string, IsPublic> } = {}) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      INTERNAL.test(collection.slug)
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                notifyWhenPublic(isPublicFor(collection, publicWhen)),
              ],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
            },
          },
    ),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] },
    })),
  })

let listening: Promise<void> | undefined

/** One LISTEN connection per process; every notification (ours or another instance's) empties the cache. */
export const listenForInvalidations = (connectionString = process.env.DATABASE_URL): Promise<void> =>
  (listening ??= (async () => {
    if (!connectionString) return
    const client = new pg.Client({ connectionString })
    client.on('notification', () => invalidatePublicCache())
    client.on('error', () => {
      listening = undefined
      invalidatePublicCache()
    })
    await client.connect()
    await client.query(`LISTEN ${CHANNEL}`)
  })().catch((error) => {
    listening = undefined
    throw error
  }))
