import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`may_contact\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`notified_at\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`may_contact\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`notified_at\`;`)
}
