/**
 * Starts the project's Node processes with an explicit export condition.
 *
 * Why: Lexical (loaded by @payloadcms/richtext-lexical, hence by the Payload config) resolves, under
 * Node's default conditions, to `*.node.mjs` wrappers that choose its dev or prod build with a
 * top-level `await import()`. On Node 20 evaluating that graph of top-level awaits sometimes never
 * settles: the import ends in exit code 13 ("unsettled top-level await") or, when anything keeps
 * the event loop alive, hangs silently. Measured here: a bare `import('@payloadcms/richtext-lexical')`
 * failed 20 times in 30; with `--conditions=development`, 0 in 30. With the condition, Node resolves
 * Lexical straight to the build it would have chosen, and no wrapper is evaluated.
 *
 * Plain JavaScript, so that it runs before any TypeScript tooling is loaded.
 */
import { spawn } from 'child_process'

/** The condition Lexical's wrappers would pick themselves. */
export const exportCondition = (env = process.env) => (env.NODE_ENV === 'production' ? 'production' : 'development')

const CONDITION_FLAG = /^(--conditions|-C)(=|$)/

export const hasExportCondition = (execArgv = process.execArgv) => execArgv.some((arg) => CONDITION_FLAG.test(arg))

/**
 * Runs `node --conditions=… [node flags] <file> [args]` with the same stdio and exits with its code.
 * Ctrl-C reaches both processes (same process group): this one waits for the child to finish its
 * own shutdown; a SIGTERM sent to this process alone is passed on.
 */
export const reexecWithCondition = (file, args, nodeFlags = []) => {
  const child = spawn(
    process.execPath,
    [`--conditions=${exportCondition()}`, '--no-deprecation', ...nodeFlags, ...process.execArgv, file, ...args],
    { stdio: 'inherit' },
  )
  process.on('SIGINT', () => {})
  process.on('SIGTERM', () => child.kill('SIGTERM'))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  child.on('error', (error) => {
    console.error(error)
    process.exit(1)
  })
}
