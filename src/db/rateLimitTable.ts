import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index, integer, pgTable, timestamp, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

/**
 * The rate limiters' shared state (src/lib/rateLimit.ts), declared to Payload's schema so that
 * migrations and the schema check know it; created by migration 20261128_030000_rate_limits.
 */
type SchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

export const addRateLimitTable: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    vetted_rate_limits: pgTable(
      'vetted_rate_limits',
      {
        bucket: varchar('bucket').primaryKey().notNull(),
        windowStartedAt: timestamp('window_started_at', { precision: 3, withTimezone: true, mode: 'string' }).notNull(),
        hits: integer('hits').notNull(),
      },
      (table) => [index('vetted_rate_limits_window_idx').on(table.windowStartedAt)],
    ),
  },
})
