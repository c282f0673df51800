/**
 * schema.graphql, the schema frontends generate their types from, is what Payload serves: a
 * change to the config that changes the API without `npm run generate:graphql` fails here.
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '@/lib/paths'

describe('schema.graphql', () => {
  it('is up to date with the config (npm run generate:graphql)', () => {
    const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-schema-')), 'schema.graphql')
    const result = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts/run.mjs'), 'scripts/graphql-schema.ts', fresh],
      {
        cwd: projectRoot,
        env: process.env,
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    expect(result.status, result.stderr).toBe(0)
    const committed = fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8')
    expect(fs.readFileSync(fresh, 'utf8') === committed, 'schema.graphql is stale: run npm run generate:graphql').toBe(
      true,
    )
  })
})
