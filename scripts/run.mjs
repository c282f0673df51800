/**
 * Runs one of the project's TypeScript scripts: `node scripts/run.mjs scripts/dev.ts [args…]`.
 *
 * - The script runs in a Node process started with the export condition that keeps Lexical's
 *   top-level awaits from hanging on Node 20 (lib/node.mjs); this process re-executes itself with
 *   it when it was started without.
 * - TypeScript is loaded through Vite's module runner, as the test suite loads it.
 * - A watchdog ends the command, naming the step, when a step makes no progress for 30 s
 *   (src/lib/progress.mjs); scripts report their steps and go idle once they are up.
 *
 * Scripts end with process.exit().
 */
import nextEnv from '@next/env'
import path from 'path'
import { fileURLToPath } from 'url'

import { cleanUpAfterStall, reportProgress, watchForStalls } from '../src/lib/progress.mjs'
import { hasExportCondition, reexecWithCondition } from './lib/node.mjs'

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args…]')
  process.exit(1)
}

if (!hasExportCondition()) {
  reexecWithCondition(fileURLToPath(import.meta.url), [script, ...args])
} else {
  // Keeps the event loop open while the module runner loads the script.
  setInterval(() => {}, 1 << 30)
  watchForStalls(async (stall) => {
    console.error(`[vetted] ${path.basename(script)}: ${stall.message}`)
    await cleanUpAfterStall()
    process.exit(1)
  })
  reportProgress(`loading ${script}`)

  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error })
  process.argv = [process.argv[0], script, ...args]

  const { runnerImport } = await import('vite')
  try {
    await runnerImport(path.resolve(script), { configFile: false, logLevel: 'error', resolve: { tsconfigPaths: true } })
  } catch (error) {
    console.error(error)
    process.exit(1)
  }
  process.exit(0)
}
