import { type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { ClientError } from '@/api/clientError'
import { clearRateLimit, clientAddressOf, hitRateLimit, type RateLimit } from '@/lib/rateLimit'

/**
 * Sign-in throttling instead of Payload's account lock (which told an attacker which accounts
 * exist and let anyone lock every staff account). Three windows, counted in PostgreSQL:
 * - per address: LOGIN_LIMIT_PER_ADDRESS attempts per 15 minutes, whatever the account;
 * - per account from one address: LOGIN_LIMIT_PER_ACCOUNT_ADDRESS per 15 minutes (a success clears it);
 * - per account from everywhere: LOGIN_LIMIT_PER_ACCOUNT per hour, a ceiling on distributed guessing.
 * Unknown accounts count exactly like known ones, and a throttled attempt answers the same 429
 * for both, before the password is checked.
 */
const windows = () => ({
  address: { limit: Number(process.env.LOGIN_LIMIT_PER_ADDRESS) || 50, windowSeconds: 15 * 60 },
  accountAddress: { limit: Number(process.env.LOGIN_LIMIT_PER_ACCOUNT_ADDRESS) || 10, windowSeconds: 15 * 60 },
  account: { limit: Number(process.env.LOGIN_LIMIT_PER_ACCOUNT) || 100, windowSeconds: 60 * 60 },
})

const accountKey = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : '')

const buckets = (req: PayloadRequest, email: unknown): [string, keyof ReturnType<typeof windows>][] => {
  const address = clientAddressOf(req.headers)
  const account = accountKey(email)
  return [
    [`login:address:${address}`, 'address'],
    [`login:account-address:${account}:${address}`, 'accountAddress'],
    [`login:account:${account}`, 'account'],
  ]
}

export const throttleLogins: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const limits = windows()
  let wait = 0
  for (const [bucket, window] of buckets(req, (args as { data?: { email?: unknown } }).data?.email)) {
    const result = await hitRateLimit(req.payload, bucket, limits[window] as RateLimit)
    if (!result.allowed) wait = Math.max(wait, result.retryAfterSeconds)
  }
  if (wait > 0) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(wait))
    throw new ClientError('Too many sign-in attempts. Wait a few minutes (see Retry-After) and try again.', 429)
  }
  return args
}

/** A successful sign-in clears that account's failures from that address. */
export const forgetLoginFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  const [, accountAddress] = buckets(req, (user as { email?: string }).email)
  await clearRateLimit(req.payload, accountAddress[0])
}
