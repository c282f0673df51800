import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Assignments of review stages (who, due when, overdue notice) and their audit events; two new jobs. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workflow_events_kind" AS ENUM('transition', 'assignment', 'overdue');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyOverdueAssignments' BEFORE 'enforceTestimonialConsent';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'discardEmptyDrafts' BEFORE 'enforceTestimonialConsent';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyOverdueAssignments' BEFORE 'enforceTestimonialConsent';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'discardEmptyDrafts' BEFORE 'enforceTestimonialConsent';
  ALTER TABLE "articles" ADD COLUMN "assigned_to_id" integer;
  ALTER TABLE "articles" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "overdue_notice_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_assigned_to_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_due_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_overdue_notice_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "assigned_to_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "overdue_notice_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_assigned_to_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_due_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_overdue_notice_at" timestamp(3) with time zone;
  ALTER TABLE "testimonials" ADD COLUMN "assigned_to_id" integer;
  ALTER TABLE "testimonials" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "testimonials" ADD COLUMN "overdue_notice_at" timestamp(3) with time zone;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_assigned_to_id" integer;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_due_at" timestamp(3) with time zone;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_overdue_notice_at" timestamp(3) with time zone;
  ALTER TABLE "workflow_events" ADD COLUMN "kind" "enum_workflow_events_kind" DEFAULT 'transition' NOT NULL;
  ALTER TABLE "workflow_events" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "workflow_events" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_assigned_to_id_users_id_fk" FOREIGN KEY ("version_assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_assigned_to_id_users_id_fk" FOREIGN KEY ("version_assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonials" ADD CONSTRAINT "testimonials_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonials_v" ADD CONSTRAINT "_testimonials_v_version_assigned_to_id_users_id_fk" FOREIGN KEY ("version_assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_assigned_to_idx" ON "articles" USING btree ("assigned_to_id");
  CREATE INDEX "articles_due_at_idx" ON "articles" USING btree ("due_at");
  CREATE INDEX "_articles_v_version_version_assigned_to_idx" ON "_articles_v" USING btree ("version_assigned_to_id");
  CREATE INDEX "_articles_v_version_version_due_at_idx" ON "_articles_v" USING btree ("version_due_at");
  CREATE INDEX "faqs_assigned_to_idx" ON "faqs" USING btree ("assigned_to_id");
  CREATE INDEX "faqs_due_at_idx" ON "faqs" USING btree ("due_at");
  CREATE INDEX "_faqs_v_version_version_assigned_to_idx" ON "_faqs_v" USING btree ("version_assigned_to_id");
  CREATE INDEX "_faqs_v_version_version_due_at_idx" ON "_faqs_v" USING btree ("version_due_at");
  CREATE INDEX "testimonials_assigned_to_idx" ON "testimonials" USING btree ("assigned_to_id");
  CREATE INDEX "testimonials_due_at_idx" ON "testimonials" USING btree ("due_at");
  CREATE INDEX "_testimonials_v_version_version_assigned_to_idx" ON "_testimonials_v" USING btree ("version_assigned_to_id");
  CREATE INDEX "_testimonials_v_version_version_due_at_idx" ON "_testimonials_v" USING btree ("version_due_at");
  CREATE INDEX "workflow_events_assignee_idx" ON "workflow_events" USING btree ("assignee_id");`)
}

/**
 * Drops the assignment columns, the assignment and overdue events, and the new tasks' jobs; the job
 * slugs' enums are rebuilt without them.
 */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "payload_jobs_log" WHERE "task_slug" IN ('notifyOverdueAssignments', 'discardEmptyDrafts');
  DELETE FROM "payload_jobs" WHERE "task_slug" IN ('notifyOverdueAssignments', 'discardEmptyDrafts');
  DELETE FROM "workflow_events" WHERE "kind" <> 'transition';
   ALTER TABLE "articles" DROP CONSTRAINT "articles_assigned_to_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_assigned_to_id_users_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_assigned_to_id_users_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_assigned_to_id_users_id_fk";
  
  ALTER TABLE "testimonials" DROP CONSTRAINT "testimonials_assigned_to_id_users_id_fk";
  
  ALTER TABLE "_testimonials_v" DROP CONSTRAINT "_testimonials_v_version_assigned_to_id_users_id_fk";
  
  ALTER TABLE "workflow_events" DROP CONSTRAINT "workflow_events_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'flagOverdueReviews', 'enforceTestimonialConsent');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'flagOverdueReviews', 'enforceTestimonialConsent');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_assigned_to_idx";
  DROP INDEX "articles_due_at_idx";
  DROP INDEX "_articles_v_version_version_assigned_to_idx";
  DROP INDEX "_articles_v_version_version_due_at_idx";
  DROP INDEX "faqs_assigned_to_idx";
  DROP INDEX "faqs_due_at_idx";
  DROP INDEX "_faqs_v_version_version_assigned_to_idx";
  DROP INDEX "_faqs_v_version_version_due_at_idx";
  DROP INDEX "testimonials_assigned_to_idx";
  DROP INDEX "testimonials_due_at_idx";
  DROP INDEX "_testimonials_v_version_version_assigned_to_idx";
  DROP INDEX "_testimonials_v_version_version_due_at_idx";
  DROP INDEX "workflow_events_assignee_idx";
  ALTER TABLE "articles" DROP COLUMN "assigned_to_id";
  ALTER TABLE "articles" DROP COLUMN "due_at";
  ALTER TABLE "articles" DROP COLUMN "overdue_notice_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_assigned_to_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_due_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_overdue_notice_at";
  ALTER TABLE "faqs" DROP COLUMN "assigned_to_id";
  ALTER TABLE "faqs" DROP COLUMN "due_at";
  ALTER TABLE "faqs" DROP COLUMN "overdue_notice_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_assigned_to_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_due_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_overdue_notice_at";
  ALTER TABLE "testimonials" DROP COLUMN "assigned_to_id";
  ALTER TABLE "testimonials" DROP COLUMN "due_at";
  ALTER TABLE "testimonials" DROP COLUMN "overdue_notice_at";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_assigned_to_id";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_due_at";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_overdue_notice_at";
  ALTER TABLE "workflow_events" DROP COLUMN "kind";
  ALTER TABLE "workflow_events" DROP COLUMN "assignee_id";
  ALTER TABLE "workflow_events" DROP COLUMN "due_at";
  DROP TYPE "public"."enum_workflow_events_kind";`)
}
