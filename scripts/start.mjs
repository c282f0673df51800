/**
 * `npm start`: the production server (after `npm run build`). Refuses to start without
 * PAYLOAD_SECRET and DATABASE_URL; Payload applies pending migrations (never a schema push) when it
 * first initialises, through `prodMigrations` in payload.config.ts. Plain JavaScript: production
 * needs no TypeScript tooling.
 */
import nextEnv from '@next/env'
import { spawn } from 'child_process'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.env.NODE_ENV = 'production'
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })

const missing = ['PAYLOAD_SECRET', 'DATABASE_URL'].filter((name) => !process.env[name]?.trim())
if (missing.length) {
  console.error(
    `[vetted] Vetted cannot start in production without ${missing.join(' and ')}. Set them in the environment (see "Environment variables" in the README).`,
  )
  process.exit(1)
}

const next = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--port', process.env.PORT || '3000'], {
  cwd: root,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.exitCode === null && next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
