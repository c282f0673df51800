import type { RateLimit } from '@/lib/rateLimit'

/** COMMENT_RATE_LIMIT comments per COMMENT_RATE_WINDOW_SECONDS per client address (default 5 a minute). */
export const commentRateLimit = (): RateLimit => ({
  limit: Number(process.env.COMMENT_RATE_LIMIT) || 5,
  windowSeconds: Number(process.env.COMMENT_RATE_WINDOW_SECONDS) || 60,
})
