import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`explainers_locales\` ADD \`translation_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_explainers_v_locales\` ADD \`version_translation_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`ceased_on\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`successor_id\` text(36) REFERENCES agencies(id);`)
  await db.run(sql`CREATE INDEX \`agencies_successor_idx\` ON \`agencies\` (\`successor_id\`);`)
  await db.run(sql`ALTER TABLE \`document_types\` ADD \`legal_basis\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_agencies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`kind\` text NOT NULL,
  	\`parent_id\` text(36),
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agencies\`("id", "name", "short_name", "kind", "parent_id", "website", "updated_at", "created_at") SELECT "id", "name", "short_name", "kind", "parent_id", "website", "updated_at", "created_at" FROM \`agencies\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`ALTER TABLE \`__new_agencies\` RENAME TO \`agencies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_name_idx\` ON \`agencies\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`agencies_parent_idx\` ON \`agencies\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`explainers_locales\` DROP COLUMN \`translation_sample\`;`)
  await db.run(sql`ALTER TABLE \`_explainers_v_locales\` DROP COLUMN \`version_translation_sample\`;`)
  await db.run(sql`ALTER TABLE \`document_types\` DROP COLUMN \`legal_basis\`;`)
}
