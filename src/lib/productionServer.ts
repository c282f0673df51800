import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'

import { findFreePort } from '@/db/embeddedPostgres'

import { projectRoot } from './paths'

export type ProductionServer = { baseUrl: string; stop: () => Promise<void> }

type Options = {
  /** Added to this process's environment (NODE_ENV=production, PORT and no job autorun are set here). */
  env?: Record<string, string>
  /** Answers 200 once the app is up. */
  readyPath: string
  /** Where the server's output goes; discarded when absent. */
  logFile?: string
  timeoutMs?: number
}

/**
 * Serves the production build (scripts/serve.mjs, as `npm start` does) on a free loopback port, as production runs, for the
 * browser tests and the benchmark. Jobs do not run behind the caller's back (DISABLE_JOB_AUTORUN).
 */
export const serveProductionBuild = async ({
  env = {},
  readyPath,
  logFile,
  timeoutMs = 120_000,
}: Options): Promise<ProductionServer> => {
  const port = await findFreePort()
  const baseUrl = `http://127.0.0.1:${port}`
  if (logFile) fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = logFile ? fs.openSync(logFile, 'w') : 'ignore'
  const where = logFile ? `; see ${logFile}` : ''

  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'scripts/serve.mjs'), '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        ...env,
        NODE_ENV: 'production',
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: '1',
        DISABLE_JOB_AUTORUN: 'true',
      },
      stdio: ['ignore', log, log],
      detached: true,
    },
  )

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      const killTimer = setTimeout(
        () => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'),
        5_000,
      )
      await exited
      clearTimeout(killTimer)
    }
    if (typeof log === 'number') fs.closeSync(log)
  }

  const deadline = Date.now() + timeoutMs
  while (!(await fetch(`${baseUrl}${readyPath}`).catch(() => null))?.ok) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(
        child.exitCode !== null
          ? `next start exited with ${child.exitCode}${where}`
          : `next start did not answer within ${timeoutMs / 1000} s${where}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { baseUrl, stop }
}
