/**
 * Runs one of the project's TypeScript scripts: `node scripts/run.mjs scripts/dev.ts [args…]`.
 *
 * Scripts load the Payload config, and with it @payloadcms/richtext-lexical. On Node 20 that load
 * sometimes never settles under tsx's loader hooks (and `payload run`, which uses them): the script
 * hangs, or exits silently when nothing else holds the event loop. Vite's module runner, which the
 * test suite uses too, loads it reliably; the interval keeps the event loop open while it does.
 * Scripts end with process.exit().
 */
import nextEnv from '@next/env'
import path from 'path'
import { runnerImport } from 'vite'

setInterval(() => {}, 1 << 30)

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args…]')
  process.exit(1)
}
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error })
process.argv = [process.argv[0], script, ...args]

try {
  await runnerImport(path.resolve(script), { configFile: false, logLevel: 'error', resolve: { tsconfigPaths: true } })
} catch (error) {
  console.error(error)
  process.exit(1)
}
process.exit(0)
