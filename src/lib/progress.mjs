/**
 * Start-up progress, so that a command that stops making progress fails loudly instead of waiting
 * forever. A script names each step as it begins (`reportProgress`); the watchdog that
 * scripts/run.mjs arms ends the process with the step's name when no new step has begun for
 * `stallSeconds()` (VETTED_STALL_TIMEOUT, default 30). `reportIdle` disarms it once the command is
 * up and merely serving. The state lives on globalThis because run.mjs and the script it runs load
 * this file as two separate module instances.
 *
 * Plain JavaScript: run.mjs imports it before any TypeScript tooling is loaded.
 */
const KEY = Symbol.for('vetted.progress')

/** @returns {{ step: string | null, since: number, cleanups: Set<() => Promise<void>> }} */
const state = () => (globalThis[KEY] ??= { step: null, since: Date.now(), cleanups: new Set() })

export const stallSeconds = () => Number(process.env.VETTED_STALL_TIMEOUT) || 30

/** @param {string} step what the command is doing now, e.g. "applying migrations" */
export const reportProgress = (step) => {
  Object.assign(state(), { step, since: Date.now() })
}

/** The command is up: nothing more to watch. */
export const reportIdle = () => {
  Object.assign(state(), { step: null, since: Date.now() })
}

/**
 * Registers what must be undone if the command is stopped for a stall (e.g. stopping the embedded
 * PostgreSQL, which runs in its own process group and would outlive us).
 * @param {() => Promise<void>} cleanup
 * @returns {() => void} unregisters it
 */
export const onStall = (cleanup) => {
  state().cleanups.add(cleanup)
  return () => state().cleanups.delete(cleanup)
}

/** Runs the registered clean-ups, waiting at most `seconds` for them. */
export const cleanUpAfterStall = async (seconds = 10) => {
  const cleanups = [...state().cleanups].map((cleanup) => cleanup().catch(() => {}))
  await Promise.race([Promise.all(cleanups), new Promise((resolve) => setTimeout(resolve, seconds * 1000))])
}

export class StallError extends Error {
  /** @param {string} step @param {number} seconds */
  constructor(step, seconds) {
    super(`No progress for ${seconds} s while ${step}; stopping instead of waiting forever.`)
    this.name = 'StallError'
  }
}

/**
 * Checks every second; calls onStall once when the current step has lasted longer than allowed.
 * @param {(error: StallError) => void} onStall
 * @returns {() => void} stops watching
 */
export const watchForStalls = (onStall, seconds = stallSeconds()) => {
  const timer = setInterval(() => {
    const { step, since } = state()
    if (step && Date.now() - since > seconds * 1000) {
      clearInterval(timer)
      onStall(new StallError(step, seconds))
    }
  }, 1000)
  timer.unref()
  return () => clearInterval(timer)
}

/**
 * Awaits one step of work, rejecting with a StallError when it has not settled in time; for code
 * that has no watchdog of its own (the test suite's set-up).
 * @template T
 * @param {string} step
 * @param {Promise<T> | (() => Promise<T>)} work
 * @returns {Promise<T>}
 */
export const withStallTimeout = (step, work, seconds = stallSeconds()) => {
  reportProgress(step)
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const stalled = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StallError(step, seconds)), seconds * 1000)
  })
  const running = typeof work === 'function' ? work() : work
  return /** @type {Promise<T>} */ (Promise.race([running, stalled])).finally(() => clearTimeout(timer))
}
