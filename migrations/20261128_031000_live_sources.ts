import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** The source ids of a published article's approved claims, fixed when it is published. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "live_source_ids" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_live_source_ids" jsonb;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" DROP COLUMN "live_source_ids";
  ALTER TABLE "_articles_v" DROP COLUMN "version_live_source_ids";`)
}
