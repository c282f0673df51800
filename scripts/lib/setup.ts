import { randomSecret, readOrCreateLocalValue } from '../../src/lib/env'
import { reportProgress } from '../../src/lib/progress.mjs'
import { DEMO_USERS } from '../../src/seed/demoUsers'

export const resolveDemoPassword = (): string =>
  process.env.DEMO_PASSWORD?.trim() || readOrCreateLocalValue('demo-password', () => randomSecret(8))

/**
 * Applies pending migrations and seeds the demo users and content. The config is imported only
 * now, after DATABASE_URL and PAYLOAD_SECRET are in the environment.
 */
export const prepareDatabase = async ({ demoPassword, log }: { demoPassword: string; log: (m: string) => void }) => {
  reportProgress('loading the Payload config')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { applyMigrations } = await import('../../src/db/migrate')
  const { seedDemo } = await import('../../src/seed')
  const { closePayload } = await import('../../src/db/closePayload')
  reportProgress('connecting Payload to PostgreSQL')
  const payload = await getPayload({ config, cron: false })
  try {
    log('Applying migrations…')
    reportProgress('applying migrations')
    await applyMigrations(payload)
    const logSeed = (message: string) => {
      reportProgress(`seeding demo content (${message})`)
      log(message)
    }
    reportProgress('seeding demo content')
    await seedDemo(payload, { password: demoPassword, log: logSeed })
  } finally {
    await closePayload(payload)
  }
}

export const printDemoLogins = (password: string) => {
  const width = Math.max(...DEMO_USERS.map((user) => user.email.length))
  console.log('\n  Demo logins (development only), password: ' + password)
  for (const user of DEMO_USERS) console.log(`    ${user.email.padEnd(width)}  ${user.roles.join(', ')}`)
  console.log('')
}
