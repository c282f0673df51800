import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "comments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "claims" ADD COLUMN "reason" varchar;
  ALTER TABLE "claims" ADD COLUMN "confidence" numeric;
  ALTER TABLE "comments_texts" ADD CONSTRAINT "comments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "comments_texts_order_parent" ON "comments_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "comments_texts" CASCADE;
  ALTER TABLE "claims" DROP COLUMN "reason";
  ALTER TABLE "claims" DROP COLUMN "confidence";`)
}
