import type { Payload } from 'payload'

import { migrations } from '../../migrations'

type MigrationList = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/** Applies the pending migrations from migrations/ (the generated index is typed loosely). */
export const applyMigrations = (payload: Payload): Promise<void> =>
  payload.db.migrate({ migrations: migrations as unknown as MigrationList })
