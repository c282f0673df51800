import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { closeRateLimitPool } from '@/lib/rateLimit'

/**
 * Shuts a script's Payload instance down before its database is stopped.
 * `payload.destroy()` leaves the Postgres adapter's pool open, and the adapter keeps one client
 * checked out for the life of the pool (to watch for disconnects), so `pool.end()` never settles:
 * we end the idle clients without waiting and silence the errors the held client will see when
 * the server goes away.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  // The PostgreSQL adapter's pool is not on Payload's generic DatabaseAdapter type.
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  await closeRateLimitPool(payload)
  await payload.destroy()
  if (!pool) return
  pool.on('error', () => {})
  void pool.end().catch(() => {})
}
