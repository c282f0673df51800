import type { Payload } from 'payload'

import type { AnalysedCollection } from '../types'

/** What a row is read as: the analysed fields by field name, plus these, renamed from their columns. */
export const COMPLIANCE_KEYS = {
  crisisTopic: 'compliance_crisisTopic',
  hasCrisisResources: 'compliance_hasCrisisResources',
  language: 'compliance_language',
  analyzedAt: 'compliance_analyzedAt',
} as const

/** Read alongside, under keys no field can have (a field may well be called `title`). */
export const REPORT_KEYS = { title: '__title', workflowState: '__workflowState' } as const

export type RowTable = {
  table: string
  /** SQL column by key: the analysed fields, the compliance keys and the report keys. */
  columns: Record<string, string>
}

export type CollectionStorage = {
  main: RowTable
  /** The versions table, when the collection has drafts: its `latest` row is the working copy. */
  versions?: RowTable & { parent: string; latest: string }
  claims: ClaimsStorage
}

/** The `claims` table and its relationships table, with the column that points at this collection. */
export type ClaimsStorage = {
  table: string
  columns: Record<
    'text' | 'type' | 'reason' | 'confidence' | 'fingerprint' | 'status' | 'createdAt' | 'updatedAt',
    string
  >
  rels: { table: string; parent: string; path: string; document: string }
}

type DrizzleTable = Record<string, { name?: string } | undefined>

const snakeCase = (value: string) => value.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replace(/-/g, '_')

/**
 * Where a collection's analysed fields and compliance group live in PostgreSQL, read from the
 * Postgres adapter's own schema (so custom table names and the versions suffix are respected).
 */
export const storageOf = (payload: Payload, slug: string, target: AnalysedCollection): CollectionStorage => {
  const db = payload.db
  if (!db.tables || !db.tableNameMap) throw new Error('npm run rescan needs the PostgreSQL adapter.')
  const tableName = (name: string) => db.tableNameMap.get(name) ?? name
  const tableOf = (name: string): DrizzleTable => {
    const table = db.tables[name] as DrizzleTable | undefined
    if (!table) throw new Error(`No table "${name}" in the database schema.`)
    return table
  }
  const columnOf = (table: DrizzleTable, name: string, key: string) => {
    const column = table[key]?.name
    if (!column) throw new Error(`No column for "${key}" in table "${name}".`)
    return column
  }

  const config = payload.collections[slug as 'articles'].config
  const titleField = config.admin?.useAsTitle
  const keys = [
    ...new Set([...(target.textFields ?? []), ...(target.richTextFields ?? [])]),
    ...Object.values(COMPLIANCE_KEYS),
  ]
  const columnsOf = (table: DrizzleTable, name: string, prefix: string) => {
    const columns = Object.fromEntries(keys.map((key) => [key, columnOf(table, name, `${prefix}${key}`)]))
    // Optional: a title to name documents in the report, and the workflow state to find gated ones.
    if (titleField && table[`${prefix}${titleField}`])
      columns[REPORT_KEYS.title] = columnOf(table, name, `${prefix}${titleField}`)
    if (table[`${prefix}workflowState`])
      columns[REPORT_KEYS.workflowState] = columnOf(table, name, `${prefix}workflowState`)
    return columns
  }

  const claims = tableName('claims')
  const claimsTable = tableOf(claims)
  const rels = `${claims}${db.relationshipsSuffix ?? '_rels'}`
  const relsTable = tableOf(rels)
  const claimColumns = [
    'text',
    'type',
    'reason',
    'confidence',
    'fingerprint',
    'status',
    'createdAt',
    'updatedAt',
  ] as const

  const main = tableName(snakeCase(slug))
  const storage: CollectionStorage = {
    main: { table: main, columns: columnsOf(tableOf(main), main, '') },
    claims: {
      table: claims,
      columns: Object.fromEntries(
        claimColumns.map((key) => [key, columnOf(claimsTable, claims, key)]),
      ) as ClaimsStorage['columns'],
      rels: {
        table: rels,
        parent: columnOf(relsTable, rels, 'parent'),
        path: columnOf(relsTable, rels, 'path'),
        document: columnOf(relsTable, rels, `${slug}ID`),
      },
    },
  }

  const drafts = typeof config.versions === 'object' && config.versions?.drafts
  if (drafts) {
    const name = tableName(`_${snakeCase(slug)}${db.versionsSuffix ?? '_v'}`)
    const table = tableOf(name)
    storage.versions = {
      table: name,
      columns: columnsOf(table, name, 'version_'),
      parent: columnOf(table, name, 'parent'),
      latest: columnOf(table, name, 'latest'),
    }
  }
  return storage
}
