import type { Payload } from 'payload'

import { resolvePayloadSecret } from '../../src/lib/env'
import { reportProgress } from '../../src/lib/progress.mjs'
import { openDevelopmentDatabase, type DevelopmentDatabase } from './database'

/**
 * Runs a command's work with a Payload instance on the development database (DATABASE_URL, the
 * running dev server's embedded PostgreSQL, or a newly started one), then shuts both down, also on
 * Ctrl-C. The config is imported only once DATABASE_URL and PAYLOAD_SECRET are in the environment.
 */
export const withDevelopmentPayload = async <T>(
  log: (message: string) => void,
  work: (payload: Payload) => Promise<T>,
): Promise<T> => {
  process.env.PAYLOAD_SECRET = resolvePayloadSecret()
  let database: DevelopmentDatabase | undefined
  const interrupt = async () => {
    await database?.stop()
    process.exit(130)
  }
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)
  try {
    database = await openDevelopmentDatabase({ log })
    process.env.DATABASE_URL = database.url
    reportProgress('loading the Payload config')
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const { closePayload } = await import('../../src/db/closePayload')
    reportProgress('connecting Payload to PostgreSQL')
    const payload = await getPayload({ config, cron: false })
    try {
      return await work(payload)
    } finally {
      await closePayload(payload)
    }
  } finally {
    await database?.stop()
  }
}
