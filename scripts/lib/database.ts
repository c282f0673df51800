import fs from 'fs'
import path from 'path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { onStall, reportProgress } from '../../src/lib/progress.mjs'
import { dataDir } from '../../src/lib/paths'

export type DevelopmentDatabase = { url: string; embedded: boolean; port?: number; stop: () => Promise<void> }

/** While `npm run dev` runs the embedded server, its URL is kept here so other scripts can share it. */
const runningUrlFile = path.join(dataDir, 'postgres.url')

const canConnect = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * The database for development scripts: DATABASE_URL when set; otherwise the embedded PostgreSQL
 * that a running `npm run dev` started; otherwise a newly started embedded PostgreSQL on .data/postgres.
 */
export const openDevelopmentDatabase = async ({ log }: { log: (m: string) => void }): Promise<DevelopmentDatabase> => {
  const noop = async () => {}
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: noop }

  if (fs.existsSync(runningUrlFile)) {
    const url = fs.readFileSync(runningUrlFile, 'utf8').trim()
    if (await canConnect(url)) {
      log('Using the embedded PostgreSQL of the running dev server.')
      return { url, embedded: true, stop: noop }
    }
  }

  log('No DATABASE_URL: starting the embedded PostgreSQL (data in .data/postgres)…')
  reportProgress('starting the embedded PostgreSQL')
  const database = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    database: 'vetted',
    port: Number(process.env.EMBEDDED_POSTGRES_PORT) || 54329,
  })
  fs.writeFileSync(runningUrlFile, database.url, { mode: 0o600 })
  log(`Embedded PostgreSQL is listening on 127.0.0.1:${database.port}.`)
  const stop = async () => {
    forgetOnStall()
    log('Stopping the embedded PostgreSQL…')
    fs.rmSync(runningUrlFile, { force: true })
    await database.stop()
  }
  const forgetOnStall = onStall(stop)
  return { url: database.url, embedded: true, port: database.port, stop }
}
