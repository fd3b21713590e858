import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "drafts_locales" ADD COLUMN "preamble" varchar;
  ALTER TABLE "drafts_locales" ADD COLUMN "closing" varchar;
  ALTER TABLE "_drafts_v_locales" ADD COLUMN "version_preamble" varchar;
  ALTER TABLE "_drafts_v_locales" ADD COLUMN "version_closing" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "drafts_locales" DROP COLUMN "preamble";
  ALTER TABLE "drafts_locales" DROP COLUMN "closing";
  ALTER TABLE "_drafts_v_locales" DROP COLUMN "version_preamble";
  ALTER TABLE "_drafts_v_locales" DROP COLUMN "version_closing";`)
}
