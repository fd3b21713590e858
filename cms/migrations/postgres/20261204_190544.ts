import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "explainers_locales" ADD COLUMN "translation_sample" boolean;
  ALTER TABLE "_explainers_v_locales" ADD COLUMN "version_translation_sample" boolean;
  ALTER TABLE "agencies" ADD COLUMN "ceased_on" timestamp(3) with time zone;
  ALTER TABLE "agencies" ADD COLUMN "successor_id" uuid;
  ALTER TABLE "document_types" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_successor_id_agencies_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "agencies_successor_idx" ON "agencies" USING btree ("successor_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agencies" DROP CONSTRAINT "agencies_successor_id_agencies_id_fk";
  
  DROP INDEX "agencies_successor_idx";
  ALTER TABLE "explainers_locales" DROP COLUMN "translation_sample";
  ALTER TABLE "_explainers_v_locales" DROP COLUMN "version_translation_sample";
  ALTER TABLE "agencies" DROP COLUMN "ceased_on";
  ALTER TABLE "agencies" DROP COLUMN "successor_id";
  ALTER TABLE "document_types" DROP COLUMN "legal_basis";`)
}
