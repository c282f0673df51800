/**
 * Fixed-window rate limits kept in PostgreSQL (table vetted_rate_limits), so that every instance
 * on the database counts the same hits: one `INSERT … ON CONFLICT` per hit, atomic under
 * concurrency, outside any request transaction (a refused or failed request still counts).
 */
import pg from 'pg'
import type { Payload } from 'payload'

export type RateLimit = { limit: number; windowSeconds: number }
export type RateLimitResult = { allowed: boolean; hits: number; retryAfterSeconds: number }

const HIT = `
  INSERT INTO vetted_rate_limits AS bucket (bucket, window_started_at, hits)
  VALUES ($1, now(), 1)
  ON CONFLICT (bucket) DO UPDATE SET
    hits = CASE WHEN bucket.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE bucket.hits + 1 END,
    window_started_at = CASE WHEN bucket.window_started_at <= now() - make_interval(secs => $2)
      THEN now() ELSE bucket.window_started_at END
  RETURNING hits, GREATEST(0, EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now()))) AS remaining`

const PRUNE = `DELETE FROM vetted_rate_limits WHERE window_started_at < now() - interval '1 day'`

const limiterPools = new WeakMap<Payload, pg.Pool>()

/**
 * The limiters count on a small pool of their own. They run inside operations that already hold
 * a transaction's connection (create, login); on the adapter's pool, as many requests at once as
 * it has connections each held one and waited for another, and none ever answered.
 */
const poolOf = (payload: Payload): pg.Pool => {
  let pool = limiterPools.get(payload)
  if (!pool) {
    // The PostgreSQL adapter's connection options are not on Payload's generic DatabaseAdapter type.
    const { poolOptions } = payload.db as unknown as { poolOptions: pg.PoolConfig }
    pool = new pg.Pool({ ...poolOptions, max: 3, idleTimeoutMillis: 10_000, allowExitOnIdle: true })
    pool.on('error', () => {})
    limiterPools.set(payload, pool)
  }
  return pool
}

/** Ends the limiters' pool of a Payload instance that is shutting down. */
export const closeRateLimitPool = async (payload: Payload): Promise<void> => {
  const pool = limiterPools.get(payload)
  limiterPools.delete(payload)
  await pool?.end().catch(() => {})
}

/** Counts one hit on `bucket` and says whether it is within `limit` hits per window. */
export const hitRateLimit = async (
  payload: Payload,
  bucket: string,
  { limit, windowSeconds }: RateLimit,
): Promise<RateLimitResult> => {
  const pool = poolOf(payload)
  const { rows } = await pool.query(HIT, [bucket.slice(0, 300), windowSeconds])
  if (Math.random() < 0.01) void pool.query(PRUNE).catch(() => {})
  const hits = Number(rows[0].hits)
  return {
    allowed: hits <= limit,
    hits,
    retryAfterSeconds: hits <= limit ? 0 : Math.max(1, Math.ceil(Number(rows[0].remaining))),
  }
}

/** Forgets a bucket (after a successful sign-in, its failures no longer count). */
export const clearRateLimit = async (payload: Payload, bucket: string): Promise<void> => {
  await poolOf(payload).query('DELETE FROM vetted_rate_limits WHERE bucket = $1', [bucket.slice(0, 300)])
}

/**
 * The client's address as the app's server (scripts/serve.mjs) settled it from the connection and
 * TRUSTED_PROXIES. Without that server in front, Next fills the header from the connection only
 * when the client sent none; the right-most entry is then the closest to the truth.
 */
export const clientAddressOf = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'
