import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`policy_documents_task_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_task_groups_order_idx\` ON \`policy_documents_task_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_task_groups_parent_id_idx\` ON \`policy_documents_task_groups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_task_groups_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents_task_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_task_groups_locales_locale_parent_id_unique\` ON \`policy_documents_task_groups_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_version_task_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_task_groups_order_idx\` ON \`_policy_documents_v_version_task_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_task_groups_parent_id_idx\` ON \`_policy_documents_v_version_task_groups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_version_task_groups_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_documents_v_version_task_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_policy_documents_v_version_task_groups_locales_locale_paren\` ON \`_policy_documents_v_version_task_groups_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`policy_documents_tasks\` ADD \`title_is_editorial\` integer;`)
  await db.run(sql`ALTER TABLE \`_policy_documents_v_version_tasks\` ADD \`title_is_editorial\` integer;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`policy_documents_task_groups\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_task_groups_locales\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_version_task_groups\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_version_task_groups_locales\`;`)
  await db.run(sql`ALTER TABLE \`policy_documents_tasks\` DROP COLUMN \`title_is_editorial\`;`)
  await db.run(sql`ALTER TABLE \`_policy_documents_v_version_tasks\` DROP COLUMN \`title_is_editorial\`;`)
}
