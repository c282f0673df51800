/**
 * migrations/ is the schema's source of truth: applying it to an empty database must leave no
 * difference from what the Payload config describes.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { applyMigrations } from '@/db/migrate'

import { migrations } from '../../migrations'
import { getTestPayload } from '../helpers/payload'
import { TEST_PASSWORD } from '../helpers/users'

type DrizzleAdapterInternals = {
  schema: Record<string, unknown>
  drizzle: unknown
  requireDrizzleKit: () => {
    pushSchema: (
      schema: Record<string, unknown>,
      drizzle: unknown,
    ) => Promise<{ statementsToExecute: string[]; warnings: string[]; hasDataLoss: boolean }>
  }
}

const SET_DEFAULT = /^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" SET DEFAULT (.+);$/

/**
 * drizzle-kit re-proposes `SET DEFAULT 0` for numeric columns whose default is already 0 (it reads
 * the catalog's `'0'::numeric` as different). Such a statement is no difference when the catalog
 * already holds that default.
 */
const isAlreadyTheDefault = async (payload: Payload, statement: string): Promise<boolean> => {
  const match = SET_DEFAULT.exec(statement)
  if (!match) return false
  const [, table, column, value] = match
  const { rows } = await payload.db.execute({
    drizzle: payload.db.drizzle,
    raw: `SELECT column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' AND column_name = '${column}'`,
  })
  const current = String((rows[0] as { column_default: string | null } | undefined)?.column_default ?? '')
  return current.replace(/^'(.*)'::\w+$/, '$1') === value.replace(/^'(.*)'$/, '$1')
}

/** The SQL that `push` would run to make the database match the config: empty when in sync. */
const pendingSchemaChanges = async (payload: Payload): Promise<string[]> => {
  const adapter = payload.db as unknown as DrizzleAdapterInternals
  const { pushSchema } = adapter.requireDrizzleKit()
  const { statementsToExecute } = await pushSchema(adapter.schema, adapter.drizzle)
  const pending: string[] = []
  for (const statement of statementsToExecute) {
    if (!(await isAlreadyTheDefault(payload, statement))) pending.push(statement)
  }
  return pending
}

const appliedMigrations = async (payload: Payload) => {
  const { rows } = await payload.db.execute({
    drizzle: payload.db.drizzle,
    raw: 'SELECT name, batch FROM payload_migrations ORDER BY id',
  })
  return rows as { name: string; batch: number }[]
}

describe('migrations', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('are all applied, and the schema was never pushed', async () => {
    const applied = await appliedMigrations(payload)
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name))
    expect(applied.some((row) => Number(row.batch) === -1)).toBe(false)
  })

  it('leave no difference from the config', async () => {
    expect(await pendingSchemaChanges(payload)).toEqual([])
  })

  it('roll back to an empty schema and apply again with no difference', async () => {
    const req = { payload } as Parameters<(typeof migrations)[number]['down']>[0]['req']
    for (const migration of [...migrations].reverse()) {
      await migration.down({ db: payload.db.drizzle, payload, req } as Parameters<typeof migration.down>[0])
    }
    const { rows } = await payload.db.execute({
      drizzle: payload.db.drizzle,
      raw: "SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public'",
    })
    expect((rows[0] as { count: number }).count).toBe(0)

    await applyMigrations(payload)
    expect(await pendingSchemaChanges(payload)).toEqual([])
  })

  it('make the first account of the empty installation an admin, whatever roles it asked for', async () => {
    // Runs right after the schema was rebuilt empty; the account is the admin the other tests use.
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const first = await payload.create({
      collection: 'users',
      data: { email: 'admin@test.vetted', password: TEST_PASSWORD, name: 'Test admin', roles: ['editor'] },
    })
    expect(first.roles).toEqual(['admin'])
  })
})
