import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "explainers_locales" ADD COLUMN "edition_withdrawn" boolean;
  ALTER TABLE "_explainers_v_locales" ADD COLUMN "version_edition_withdrawn" boolean;
  ALTER TABLE "handbook_chapters_locales" ADD COLUMN "edition_withdrawn" boolean;
  ALTER TABLE "_handbook_chapters_v_locales" ADD COLUMN "version_edition_withdrawn" boolean;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "explainers_locales" DROP COLUMN "edition_withdrawn";
  ALTER TABLE "_explainers_v_locales" DROP COLUMN "version_edition_withdrawn";
  ALTER TABLE "handbook_chapters_locales" DROP COLUMN "edition_withdrawn";
  ALTER TABLE "_handbook_chapters_v_locales" DROP COLUMN "version_edition_withdrawn";`)
}
