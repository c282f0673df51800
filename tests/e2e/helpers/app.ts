import { spawn, spawnSync, type ChildProcess } from 'child_process'
import fs from 'fs'
import path from 'path'

import { findFreePort } from '@/db/embeddedPostgres'
import { projectRoot } from '@/lib/paths'

/** What `next build` reads: when any of it is newer than the last build, the build is stale. */
const BUILD_INPUTS = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']

const newestChange = (file: string): number => {
  const stat = fs.statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((name) => newestChange(path.join(file, name))))
}

/** Builds the production app unless `.next` already holds a build of the current sources (CI builds before testing). */
export const ensureProductionBuild = (): void => {
  const buildId = path.join(projectRoot, '.next', 'BUILD_ID')
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  const changedAt = Math.max(...BUILD_INPUTS.map((input) => path.join(projectRoot, input)).filter(fs.existsSync).map(newestChange))
  if (builtAt > changedAt) return
  console.log('[e2e] building the app (npm run build): the last build is missing or older than the sources…')
  // next build sets NODE_ENV itself; the test run's NODE_ENV=test must not leak into it.
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.NODE_ENV
  const result = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, env: env as NodeJS.ProcessEnv, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`)
}

export type RunningApp = { baseUrl: string; logFile: string; stop: () => Promise<void> }

const waitUntilServing = async (baseUrl: string, child: ChildProcess, logFile: string, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${logFile}`)
    try {
      const response = await fetch(`${baseUrl}/api/categories?limit=1`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s; see ${logFile}`)
}

/**
 * Serves the production build (`next start`) on a free port against the test database, as
 * production runs: NODE_ENV=production, secrets from the environment, migrations already applied.
 */
export const startProductionApp = async (): Promise<RunningApp> => {
  ensureProductionBuild()
  const port = await findFreePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const logDir = path.join(projectRoot, 'test-results', 'e2e')
  fs.mkdirSync(logDir, { recursive: true })
  const logFile = path.join(logDir, 'server.log')
  const log = fs.openSync(logFile, 'w')

  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      // The test process drives time-based jobs itself; the server must not run them behind its back.
      DISABLE_JOB_AUTORUN: 'true',
    },
    stdio: ['ignore', log, log],
    detached: true,
  })

  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid, 'SIGTERM')
    const killTimer = setTimeout(() => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5_000)
    await exited
    clearTimeout(killTimer)
    fs.closeSync(log)
  }

  try {
    await waitUntilServing(baseUrl, child, logFile)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, logFile, stop }
}
