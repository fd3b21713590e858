import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`explainers_locales\` ADD \`edition_withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`_explainers_v_locales\` ADD \`version_edition_withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`handbook_chapters_locales\` ADD \`edition_withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`_handbook_chapters_v_locales\` ADD \`version_edition_withdrawn\` integer;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`explainers_locales\` DROP COLUMN \`edition_withdrawn\`;`)
  await db.run(sql`ALTER TABLE \`_explainers_v_locales\` DROP COLUMN \`version_edition_withdrawn\`;`)
  await db.run(sql`ALTER TABLE \`handbook_chapters_locales\` DROP COLUMN \`edition_withdrawn\`;`)
  await db.run(sql`ALTER TABLE \`_handbook_chapters_v_locales\` DROP COLUMN \`version_edition_withdrawn\`;`)
}
