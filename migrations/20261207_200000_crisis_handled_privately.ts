import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** A moderation outcome for a crisis comment answered in private: not published, and not spam. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_comments_moderation_reason" ADD VALUE 'handled-privately';`)
}

/** PostgreSQL cannot drop an enum value: the type is rebuilt; such comments keep "personal-information". */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "comments" SET "moderation_reason" = 'personal-information' WHERE "moderation_reason" = 'handled-privately';
  ALTER TABLE "comments" ALTER COLUMN "moderation_reason" SET DATA TYPE text;
  DROP TYPE "public"."enum_comments_moderation_reason";
  CREATE TYPE "public"."enum_comments_moderation_reason" AS ENUM('spam', 'abuse', 'personal-information', 'off-topic', 'false-information');
  ALTER TABLE "comments" ALTER COLUMN "moderation_reason" SET DATA TYPE "public"."enum_comments_moderation_reason" USING "moderation_reason"::"public"."enum_comments_moderation_reason";`)
}
