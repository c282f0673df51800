import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import type { DocumentRescan, RecordedClaim, StoredRow } from './document'
import { COMPLIANCE_KEYS, type CollectionStorage, type RowTable } from './storage'

/** The adapter's drizzle instance or one of its transactions. */
export type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

export type StoredDocument = { main: StoredRow; latest?: StoredRow; claims: RecordedClaim[] }

const id = sql.identifier

const selectColumns = (columns: Record<string, string>) =>
  sql.join(
    Object.entries(columns).map(([key, column]) => sql`${id(column)} AS ${id(key)}`),
    sql`, `,
  )

/**
 * One batch of documents after `after` (by id), with their latest version rows and their claim
 * records: three queries. `lock` holds the rows until the batch's transaction ends, so a save
 * racing the rescan waits for it instead of being overwritten by findings of older text.
 */
export const readBatch = async (
  db: Executor,
  storage: CollectionStorage,
  { after, size, lock }: { after: number; size: number; lock: boolean },
): Promise<StoredDocument[]> => {
  const forUpdate = lock ? sql` FOR UPDATE` : sql``
  const { main, versions, claims } = storage
  const { rows: mains } = await db.execute(
    sql`SELECT "id", ${selectColumns(main.columns)} FROM ${id(main.table)}
      WHERE "id" > ${after} ORDER BY "id" LIMIT ${size}${forUpdate}`,
  )
  if (!mains.length) return []
  const ids = sql.param(mains.map((row) => row.id))

  const latest = new Map<number, StoredRow>()
  if (versions) {
    const { rows } = await db.execute(
      sql`SELECT "id", ${id(versions.parent)} AS "__parent", ${selectColumns(versions.columns)}
        FROM ${id(versions.table)}
        WHERE ${id(versions.parent)} = ANY(${ids}) AND ${id(versions.latest)} = true
        ORDER BY "id"${forUpdate}`,
    )
    // Should two rows be marked latest, the newer one is the working copy (as Payload reads it).
    for (const row of rows) latest.set(row.__parent as number, row as StoredRow)
  }

  const byDocument = new Map<number, RecordedClaim[]>()
  const { rows: claimRows } = await db.execute(
    sql`SELECT c."id", c.${id(claims.columns.fingerprint)} AS "fingerprint", c.${id(claims.columns.status)} AS "status",
        c.${id(claims.columns.text)} AS "text",
        r.${id(claims.rels.document)} AS "document"
      FROM ${id(claims.table)} c
      JOIN ${id(claims.rels.table)} r ON r.${id(claims.rels.parent)} = c."id" AND r.${id(claims.rels.path)} = 'document'
      WHERE r.${id(claims.rels.document)} = ANY(${ids})
      ORDER BY c."id"${lock ? sql` FOR UPDATE OF c` : sql``}`,
  )
  for (const row of claimRows) {
    const list = byDocument.get(row.document as number) ?? []
    list.push(row as RecordedClaim)
    byDocument.set(row.document as number, list)
  }

  return mains.map((row) => ({
    main: row as StoredRow,
    latest: latest.get(row.id as number),
    claims: byDocument.get(row.id as number) ?? [],
  }))
}

/** Rows given as JSON and read back with the table's own row type, so PostgreSQL converts every value. */
const recordset = (table: string, rows: Record<string, unknown>[]) =>
  sql`jsonb_populate_recordset(NULL::${id(table)}, ${JSON.stringify(rows)}::jsonb)`

const updateFrom = async (db: Executor, table: string, columns: string[], rows: Record<string, unknown>[]) => {
  if (!rows.length) return
  const assignments = sql.join(
    columns.map((column) => sql`${id(column)} = v.${id(column)}`),
    sql`, `,
  )
  await db.execute(
    sql`UPDATE ${id(table)} AS t SET ${assignments} FROM ${recordset(table, rows)} AS v WHERE t."id" = v."id"`,
  )
}

const insertFrom = async (db: Executor, table: string, columns: string[], rows: Record<string, unknown>[]) => {
  if (!rows.length) return
  const list = sql.join(
    columns.map((column) => id(column)),
    sql`, `,
  )
  await db.execute(sql`INSERT INTO ${id(table)} (${list}) SELECT ${list} FROM ${recordset(table, rows)}`)
}

const updateCompliance = (
  db: Executor,
  rows: RowTable,
  rescans: { id: number; compliance: DocumentRescan['main']['compliance'] }[],
  analyzedAt: string,
) => {
  const { crisisTopic, hasCrisisResources, language, analyzedAt: analyzedAtKey } = COMPLIANCE_KEYS
  const column = rows.columns
  return updateFrom(
    db,
    rows.table,
    [column[crisisTopic], column[hasCrisisResources], column[language], column[analyzedAtKey]],
    rescans.map((row) => ({
      id: row.id,
      [column[crisisTopic]]: row.compliance.crisisTopic,
      [column[hasCrisisResources]]: row.compliance.hasCrisisResources,
      [column[language]]: row.compliance.language,
      [column[analyzedAtKey]]: analyzedAt,
    })),
  )
}

/**
 * Writes what a batch's rescan found, in a few statements: the compliance group of every main row
 * and latest version row (analysed now, so `analyzedAt` moves, but never `updatedAt`, the
 * workflow fields or the version history: a rescan is not an edit), new claim records with their
 * document relationship, and the status of reappeared and vanished claims.
 */
export const writeBatch = async (
  db: Executor,
  storage: CollectionStorage,
  rescans: DocumentRescan[],
  now: string,
): Promise<void> => {
  await updateCompliance(
    db,
    storage.main,
    rescans.map((rescan) => rescan.main),
    now,
  )
  if (storage.versions)
    await updateCompliance(
      db,
      storage.versions,
      rescans.flatMap((rescan) => (rescan.latest ? [rescan.latest] : [])),
      now,
    )

  const { claims } = storage
  const created = rescans.flatMap((rescan) => rescan.claims.create.map((claim) => ({ document: rescan.id, claim })))
  if (created.length) {
    // Ids first, so each new claim's relationship row can point at it without relying on RETURNING order.
    const { rows: ids } = await db.execute(
      sql`SELECT nextval(pg_get_serial_sequence(quote_ident(${claims.table}), 'id'))::integer AS "id"
        FROM generate_series(1, ${created.length})`,
    )
    const c = claims.columns
    await insertFrom(
      db,
      claims.table,
      ['id', c.text, c.type, c.reason, c.confidence, c.fingerprint, c.status, c.createdAt, c.updatedAt],
      created.map(({ claim }, index) => ({
        id: ids[index].id,
        [c.text]: claim.text,
        [c.type]: claim.type,
        [c.reason]: claim.reason,
        [c.confidence]: claim.confidence,
        [c.fingerprint]: claim.fingerprint,
        [c.status]: 'pending',
        [c.createdAt]: now,
        [c.updatedAt]: now,
      })),
    )
    const r = claims.rels
    await insertFrom(
      db,
      r.table,
      [r.parent, r.path, r.document],
      created.map(({ document }, index) => ({
        [r.parent]: ids[index].id,
        [r.path]: 'document',
        [r.document]: document,
      })),
    )
  }

  const statusChanges = rescans.flatMap((rescan) => [
    ...rescan.claims.reopen.map((record) => ({ id: record.id, status: 'pending' })),
    ...rescan.claims.remove.map((record) => ({ id: record.id, status: 'removed' })),
  ])
  await updateFrom(
    db,
    claims.table,
    [claims.columns.status, claims.columns.updatedAt],
    statusChanges.map((change) => ({
      id: change.id,
      [claims.columns.status]: change.status,
      [claims.columns.updatedAt]: now,
    })),
  )
}
