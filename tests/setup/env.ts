import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.MEDIA_DIR = inject('mediaDir')
process.env.CONSENT_DIR = `${inject('mediaDir')}-consent`
process.env.PAYLOAD_SECRET ||= 'vetted-test-secret'
// Every test signs in from the same address: keep the per-address and per-account ceilings out of
// the way (the per-account-and-address window, which the security suite exercises, stays as shipped).
process.env.LOGIN_LIMIT_PER_ADDRESS ||= '1000000'
process.env.LOGIN_LIMIT_PER_ACCOUNT ||= '1000000'
