/**
 * `npm start`: the production server (after `npm run build`). Refuses to start without
 * PAYLOAD_SECRET and DATABASE_URL; Payload applies pending migrations (never a schema push) when it
 * first initialises, through `prodMigrations` in payload.config.ts.
 */
import { spawn } from 'child_process'
import path from 'path'

import { assertProductionEnv, MissingEnvironmentError } from '../src/lib/env'
import { projectRoot } from '../src/lib/paths'

const main = async () => {
  Object.assign(process.env, { NODE_ENV: 'production' })
  try {
    assertProductionEnv()
  } catch (error) {
    if (!(error instanceof MissingEnvironmentError)) throw error
    console.error(`[vetted] ${error.message}`)
    process.exit(1)
  }

  const port = process.env.PORT || '3000'
  const next = spawn(process.execPath, [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
    cwd: projectRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  })
  const forward = (signal: NodeJS.Signals) => next.exitCode === null && next.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  const code = await new Promise<number | null>((resolve) => next.on('exit', resolve))
  process.exit(code ?? 0)
}

await main()
