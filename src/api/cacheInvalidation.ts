import pg from 'pg'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { invalidatePublicCache } from './publicCache'

const CHANNEL = 'vetted_public_cache'

/** NOTIFY inside the write's transaction: PostgreSQL delivers it only if and when it commits. */
const notifyOnCommit = async (req: PayloadRequest) => {
  invalidatePublicCache()
  const adapter = req.payload.db as unknown as { sessions?: Record<string, { db: unknown }>; drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const drizzle = (transactionID && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  await adapter.execute({ drizzle, raw: `SELECT pg_notify('${CHANNEL}', '')` })
}

const afterChange: CollectionAfterChangeHook = async ({ req, doc }) => {
  await notifyOnCommit(req)
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

/** Adds the NOTIFY hooks to every collection and global (payload's internal ones aside). */
export const publicCacheInvalidation = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    INTERNAL.test(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
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
