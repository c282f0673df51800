/**
 * `npm run dev`: zero-setup development server.
 * Starts an embedded PostgreSQL under .data/postgres unless DATABASE_URL is set, applies the
 * migrations, seeds the demo users and content once, then runs `next dev`. Ctrl-C or SIGTERM stops
 * Next and then the database cleanly.
 */
import { spawn } from 'child_process'
import net from 'net'
import path from 'path'

import { openDevelopmentDatabase } from './lib/database'
import { prepareDatabase, printDemoLogins, resolveDemoPassword } from './lib/setup'
import { isProduction, resolvePayloadSecret } from '../src/lib/env'
import { onStall, reportIdle, reportProgress } from '../src/lib/progress.mjs'
import { projectRoot } from '../src/lib/paths'

const log = (message: string) => console.log(`[vetted] ${message}`)

const nextDevEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
})

const acceptsConnections = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Resolves once Next listens on the port; the watchdog ends the wait if it never does. */
const waitForListening = async (port: number, next: { exitCode: number | null }) => {
  while (next.exitCode === null && !(await acceptsConnections(port))) await new Promise((r) => setTimeout(r, 250))
}

const main = async () => {
  if (isProduction()) {
    console.error('[vetted] npm run dev is for development. In production run: npm run build && npm start')
    process.exit(1)
  }

  process.env.PAYLOAD_SECRET = resolvePayloadSecret()
  const demoPassword = resolveDemoPassword()

  const database = await openDevelopmentDatabase({ log })
  process.env.DATABASE_URL = database.url
  const stopDatabase = database.stop

  let shuttingDown = false

  try {
    await prepareDatabase({ demoPassword, log })
  } catch (error) {
    console.error(error)
    await stopDatabase()
    process.exit(1)
  }
  printDemoLogins(demoPassword)

  const port = process.env.PORT || '3000'
  const next = spawn(process.execPath, [path.join(projectRoot, 'scripts/serve.mjs'), '--dev', '--port', port], {
    cwd: projectRoot,
    env: nextDevEnv(),
    stdio: 'inherit',
  })
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return
    shuttingDown = true
    log(`${signal} received, shutting down…`)
    if (next.exitCode === null) next.kill('SIGTERM')
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  onStall(async () => {
    if (next.exitCode === null) next.kill('SIGKILL')
  })

  reportProgress('starting next dev')
  await waitForListening(Number(port), next)
  reportIdle()
  log(
    `Site: http://localhost:${port}/ · Admin: http://localhost:${port}/admin · REST: http://localhost:${port}/api · GraphQL: http://localhost:${port}/api/graphql`,
  )

  const code = next.exitCode ?? (await new Promise<number | null>((resolve) => next.on('exit', resolve)))
  await stopDatabase()
  process.exit(shuttingDown ? 0 : (code ?? 0))
}

// Top-level await: the runner (scripts/run.mjs) exits once this module has finished evaluating.
await main().catch((error) => {
  console.error(error)
  process.exit(1)
})
