import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { migrations } from '../../migrations'

let ready: Promise<Payload> | undefined

/** The shared Payload instance of the test run, on a database migrated from migrations/. */
export const getTestPayload = (): Promise<Payload> =>
  (ready ??= (async () => {
    const payload = await getPayload({ config, cron: false })
    await payload.db.migrate({ migrations })
    return payload
  })())
