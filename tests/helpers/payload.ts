import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { applyMigrations } from '@/db/migrate'

let ready: Promise<Payload> | undefined

/** The shared Payload instance of the test run, on a database migrated from migrations/. */
export const getTestPayload = (): Promise<Payload> =>
  (ready ??= (async () => {
    const payload = await getPayload({ config, cron: false })
    await applyMigrations(payload)
    return payload
  })())
