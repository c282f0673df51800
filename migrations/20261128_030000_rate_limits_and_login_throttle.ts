import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Shared state of the rate limiters (src/lib/rateLimit.ts): one row per bucket, so every instance
 * on the database counts the same hits. Not a Payload collection: nothing in the admin reads it.
 * Sign-ins are throttled with it instead of Payload's account lock, whose columns go. Changes to a
 * user's public profile (name, credentials) are recorded in users_profile_changes.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "vetted_rate_limits" (
    "bucket" varchar PRIMARY KEY NOT NULL,
    "window_started_at" timestamp(3) with time zone NOT NULL,
    "hits" integer NOT NULL
  );
  CREATE INDEX IF NOT EXISTS "vetted_rate_limits_window_idx" ON "vetted_rate_limits" USING btree ("window_started_at");
  ALTER TABLE "users" DROP COLUMN IF EXISTS "login_attempts";
  ALTER TABLE "users" DROP COLUMN IF EXISTS "lock_until";
  CREATE TABLE "users_profile_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"changed_by_id" integer,
  	"changed_at" timestamp(3) with time zone NOT NULL
  );
  ALTER TABLE "users_profile_changes" ADD CONSTRAINT "users_profile_changes_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_profile_changes" ADD CONSTRAINT "users_profile_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_profile_changes_order_idx" ON "users_profile_changes" USING btree ("_order");
  CREATE INDEX "users_profile_changes_parent_id_idx" ON "users_profile_changes" USING btree ("_parent_id");
  CREATE INDEX "users_profile_changes_changed_by_idx" ON "users_profile_changes" USING btree ("changed_by_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "users_profile_changes" CASCADE;
  DROP TABLE IF EXISTS "vetted_rate_limits";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;`)
}
