import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { assertProductionEnv, resolvePayloadSecret } from '@/lib/env'
import { projectRoot } from '@/lib/paths'

const runScript = (script: string, env: NodeJS.ProcessEnv) =>
  spawnSync(
    process.execPath,
    script.endsWith('.mjs') ? [path.join(projectRoot, script)] : [path.join(projectRoot, 'scripts/run.mjs'), script],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env,
      timeout: 60_000,
    },
  )

const withoutSecrets = (): NodeJS.ProcessEnv => {
  const { DATABASE_URL: _db, PAYLOAD_SECRET: _secret, ...env } = process.env
  return env
}

describe('production start-up', () => {
  it('npm start refuses to start without PAYLOAD_SECRET and DATABASE_URL, naming both', () => {
    const result = runScript('scripts/start.mjs', { ...withoutSecrets(), NODE_ENV: 'production' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/cannot start in production without PAYLOAD_SECRET and DATABASE_URL/)
  })

  it('names just what is missing', () => {
    expect(() =>
      assertProductionEnv({ DATABASE_URL: 'postgres://x', PAYLOAD_SECRET: ' ' } as unknown as NodeJS.ProcessEnv),
    ).toThrow(/without PAYLOAD_SECRET\./)
    expect(() =>
      assertProductionEnv({ DATABASE_URL: 'postgres://x', PAYLOAD_SECRET: 's' } as unknown as NodeJS.ProcessEnv),
    ).not.toThrow()
  })

  it('never generates a secret in production', () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }
    try {
      Object.assign(process.env, { NODE_ENV: 'production' })
      delete process.env.PAYLOAD_SECRET
      expect(() => resolvePayloadSecret()).toThrow(/PAYLOAD_SECRET/)
    } finally {
      Object.assign(process.env, saved)
    }
  })

  it('npm run dev refuses to run in production', () => {
    const result = runScript('scripts/dev.ts', { ...process.env, NODE_ENV: 'production' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/npm run dev is for development/)
  })
})

describe('embedded PostgreSQL', () => {
  it('keeps its data across a stop and a second start', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-pg-'))
    const dataDir = path.join(folder, 'cluster')
    try {
      const first = await startEmbeddedPostgres({ dataDir, database: 'reuse' })
      const client = new pg.Client({ connectionString: first.url })
      await client.connect()
      await client.query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')")
      await client.end()
      await first.stop()
      await expect(new pg.Client({ connectionString: first.url }).connect()).rejects.toThrow()

      const second = await startEmbeddedPostgres({ dataDir, database: 'reuse' })
      const again = new pg.Client({ connectionString: second.url })
      await again.connect()
      const { rows } = await again.query('SELECT note FROM kept')
      await again.end()
      await second.stop()
      expect(rows).toEqual([{ note: 'still here' }])
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})
