import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "policy_documents_task_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar
  );
  
  CREATE TABLE "policy_documents_task_groups_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_policy_documents_v_version_task_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_documents_v_version_task_groups_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  ALTER TABLE "policy_documents_tasks" ADD COLUMN "title_is_editorial" boolean;
  ALTER TABLE "_policy_documents_v_version_tasks" ADD COLUMN "title_is_editorial" boolean;
  ALTER TABLE "policy_documents_task_groups" ADD CONSTRAINT "policy_documents_task_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_task_groups_locales" ADD CONSTRAINT "policy_documents_task_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents_task_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_task_groups" ADD CONSTRAINT "_policy_documents_v_version_task_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_task_groups_locales" ADD CONSTRAINT "_policy_documents_v_version_task_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_documents_v_version_task_groups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policy_documents_task_groups_order_idx" ON "policy_documents_task_groups" USING btree ("_order");
  CREATE INDEX "policy_documents_task_groups_parent_id_idx" ON "policy_documents_task_groups" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "policy_documents_task_groups_locales_locale_parent_id_unique" ON "policy_documents_task_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policy_documents_v_version_task_groups_order_idx" ON "_policy_documents_v_version_task_groups" USING btree ("_order");
  CREATE INDEX "_policy_documents_v_version_task_groups_parent_id_idx" ON "_policy_documents_v_version_task_groups" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_policy_documents_v_version_task_groups_locales_locale_paren" ON "_policy_documents_v_version_task_groups_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "policy_documents_task_groups" CASCADE;
  DROP TABLE "policy_documents_task_groups_locales" CASCADE;
  DROP TABLE "_policy_documents_v_version_task_groups" CASCADE;
  DROP TABLE "_policy_documents_v_version_task_groups_locales" CASCADE;
  ALTER TABLE "policy_documents_tasks" DROP COLUMN "title_is_editorial";
  ALTER TABLE "_policy_documents_v_version_tasks" DROP COLUMN "title_is_editorial";`)
}
