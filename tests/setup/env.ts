import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.MEDIA_DIR = inject('mediaDir')
process.env.CONSENT_DIR = `${inject('mediaDir')}-consent`
process.env.PAYLOAD_SECRET ||= 'vetted-test-secret'
