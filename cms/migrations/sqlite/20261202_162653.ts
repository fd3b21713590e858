import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`job\` text;`)
  await db.run(sql`CREATE INDEX \`audit_log_job_idx\` ON \`audit_log\` (\`job\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`audit_log_job_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`job\`;`)
}
