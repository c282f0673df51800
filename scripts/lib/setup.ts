import { randomSecret, readOrCreateLocalValue } from '../../src/lib/env'
import { DEMO_USERS } from '../../src/seed/demoUsers'

export const resolveDemoPassword = (): string =>
  process.env.DEMO_PASSWORD?.trim() || readOrCreateLocalValue('demo-password', () => randomSecret(8))

/**
 * Applies pending migrations and seeds the demo users and content. The config is imported only
 * now, after DATABASE_URL and PAYLOAD_SECRET are in the environment.
 */
export const prepareDatabase = async ({ demoPassword, log }: { demoPassword: string; log: (m: string) => void }) => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { applyMigrations } = await import('../../src/db/migrate')
  const { seedDemo } = await import('../../src/seed')
  const { closePayload } = await import('../../src/db/closePayload')
  const payload = await getPayload({ config, cron: false })
  try {
    log('Applying migrations…')
    await applyMigrations(payload)
    await seedDemo(payload, { password: demoPassword, log })
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
