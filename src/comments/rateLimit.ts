/** A sliding-window limiter kept in memory (per app instance): `limit` hits per `windowMs` per key. */
export const createRateLimiter = ({ limit, windowMs }: { limit: number; windowMs: number }) => {
  const hits = new Map<string, number[]>()
  return (key: string, now = Date.now()): { allowed: boolean; retryAfterSeconds: number } => {
    const recent = (hits.get(key) ?? []).filter((time) => time > now - windowMs)
    if (recent.length >= limit) {
      hits.set(key, recent)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) }
    }
    recent.push(now)
    hits.set(key, recent)
    if (hits.size > 10_000)
      for (const [k, times] of hits) if (times.every((time) => time <= now - windowMs)) hits.delete(k)
    return { allowed: true, retryAfterSeconds: 0 }
  }
}

/** COMMENT_RATE_LIMIT comments per COMMENT_RATE_WINDOW_SECONDS per client IP (default 5 a minute). */
export const commentRateLimiter = createRateLimiter({
  limit: Number(process.env.COMMENT_RATE_LIMIT) || 5,
  windowMs: (Number(process.env.COMMENT_RATE_WINDOW_SECONDS) || 60) * 1000,
})

/** The client's IP as the reverse proxy reports it (X-Forwarded-For, X-Real-IP). */
export const clientIp = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim() || 'unknown'
