import fs from 'fs'
import os from 'os'
import path from 'path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { withStallTimeout } from '../../src/lib/progress.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    mediaDir: string
  }
}

/** Empties a given test database so every run starts from migrations on a blank schema. */
const resetSchema = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
  } finally {
    await client.end()
  }
}

/**
 * Starts a throwaway embedded PostgreSQL on a free port in a temporary folder, or uses
 * TEST_DATABASE_URL (whose public schema is wiped first).
 */
export default async function setup(project: TestProject) {
  // Uploads made by tests go to a throwaway folder, never to the project's media/.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-test-'))
  project.provide('mediaDir', path.join(folder, 'media'))
  const removeFolder = () => fs.rmSync(folder, { recursive: true, force: true })

  const given = process.env.TEST_DATABASE_URL
  if (given) {
    await withStallTimeout('emptying TEST_DATABASE_URL', () => resetSchema(given))
    project.provide('databaseUrl', given)
    return removeFolder
  }

  const database = await withStallTimeout('starting the embedded PostgreSQL for the tests', () =>
    startEmbeddedPostgres({ dataDir: path.join(folder, 'postgres'), database: 'vetted_test', persistent: false }),
  )
  project.provide('databaseUrl', database.url)

  return async () => {
    await database.stop()
    removeFolder()
  }
}
