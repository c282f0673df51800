/**
 * What the security suite attacks: the production build (`next start`) on the test database, as a
 * stranger on the network would reach it. `SECURITY_TARGET=api` points it at the in-process API
 * server instead (same route handlers, no Next build), for quick runs while working on a fix.
 */
import { startProductionApp } from '../../e2e/helpers/app'
import { startTestServer } from '../../helpers/server'

export type Target = { baseUrl: string; stop: () => Promise<void> }

export const startTarget = async (): Promise<Target> => {
  if (process.env.SECURITY_TARGET === 'api') {
    const server = await startTestServer()
    return { baseUrl: server.baseUrl, stop: server.close }
  }
  const app = await startProductionApp()
  return { baseUrl: app.baseUrl, stop: app.stop }
}

/** Runs `work` over `items`, `concurrency` at a time. */
export const eachLimited = async <T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) => {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}
