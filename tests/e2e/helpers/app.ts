import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'

import { projectRoot } from '@/lib/paths'
import { serveProductionBuild, type ProductionServer } from '@/lib/productionServer'

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
  const changedAt = Math.max(
    ...BUILD_INPUTS.map((input) => path.join(projectRoot, input))
      .filter(fs.existsSync)
      .map(newestChange),
  )
  if (builtAt > changedAt) return
  console.log('[e2e] building the app (npm run build): the last build is missing or older than the sources…')
  // next build sets NODE_ENV itself; the test run's NODE_ENV=test must not leak into it.
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.NODE_ENV
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: projectRoot,
    env: env as NodeJS.ProcessEnv,
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`)
}

export type RunningApp = ProductionServer & { logFile: string }

/**
 * Serves the production build against the test database, as production runs: secrets from the
 * environment, migrations already applied; the server's output goes to test-results/e2e/server.log.
 */
export const startProductionApp = async (): Promise<RunningApp> => {
  ensureProductionBuild()
  const logFile = path.join(projectRoot, 'test-results', 'e2e', 'server.log')
  return { ...(await serveProductionBuild({ readyPath: '/api/categories?limit=1', logFile })), logFile }
}
