import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`drafts_locales\` ADD \`preamble\` text;`)
  await db.run(sql`ALTER TABLE \`drafts_locales\` ADD \`closing\` text;`)
  await db.run(sql`ALTER TABLE \`_drafts_v_locales\` ADD \`version_preamble\` text;`)
  await db.run(sql`ALTER TABLE \`_drafts_v_locales\` ADD \`version_closing\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`drafts_locales\` DROP COLUMN \`preamble\`;`)
  await db.run(sql`ALTER TABLE \`drafts_locales\` DROP COLUMN \`closing\`;`)
  await db.run(sql`ALTER TABLE \`_drafts_v_locales\` DROP COLUMN \`version_preamble\`;`)
  await db.run(sql`ALTER TABLE \`_drafts_v_locales\` DROP COLUMN \`version_closing\`;`)
}
