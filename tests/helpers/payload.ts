import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { applyMigrations } from '@/db/migrate'
import { withStallTimeout } from '@/lib/progress.mjs'

import { userWithRole } from './users'

let ready: Promise<Payload> | undefined

/** The shared Payload instance of the test run, on a database migrated from migrations/. */
export const getTestPayload = (): Promise<Payload> =>
  (ready ??= (async () => {
    const payload = await withStallTimeout('connecting Payload to the test database', () =>
      getPayload({ config, cron: false }),
    )
    await withStallTimeout('applying migrations to the test database', () => applyMigrations(payload))
    // The first account of an installation becomes an admin: make sure that is the admin test user.
    await userWithRole(payload, 'admin')
    return payload
  })())
