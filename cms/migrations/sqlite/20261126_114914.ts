import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_briefings_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` text(36),
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_briefings_materials_order_idx\` ON \`press_briefings_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_materials_parent_id_idx\` ON \`press_briefings_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_materials_file_idx\` ON \`press_briefings_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`press_briefings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`kind\` text,
  	\`held_at\` text,
  	\`agency_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_briefings_slug_idx\` ON \`press_briefings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_agency_idx\` ON \`press_briefings\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_updated_at_idx\` ON \`press_briefings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_created_at_idx\` ON \`press_briefings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings__status_idx\` ON \`press_briefings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`press_briefings_locales\` (
  	\`title\` text,
  	\`location\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_briefings_locales_locale_parent_id_unique\` ON \`press_briefings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_briefings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`spokespersons_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespersons_id\`) REFERENCES \`spokespersons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_briefings_rels_order_idx\` ON \`press_briefings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_rels_parent_idx\` ON \`press_briefings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_rels_path_idx\` ON \`press_briefings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_rels_spokespersons_id_idx\` ON \`press_briefings_rels\` (\`spokespersons_id\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_rels_topics_id_idx\` ON \`press_briefings_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_briefings_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`file_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_briefings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_materials_order_idx\` ON \`_press_briefings_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_materials_parent_id_idx\` ON \`_press_briefings_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_materials_file_idx\` ON \`_press_briefings_v_version_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_briefings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_held_at\` text,
  	\`version_agency_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_briefings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_parent_idx\` ON \`_press_briefings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_version_slug_idx\` ON \`_press_briefings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_version_agency_idx\` ON \`_press_briefings_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_version_updated_at_idx\` ON \`_press_briefings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_version_created_at_idx\` ON \`_press_briefings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_version__status_idx\` ON \`_press_briefings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_created_at_idx\` ON \`_press_briefings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_updated_at_idx\` ON \`_press_briefings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_snapshot_idx\` ON \`_press_briefings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_published_locale_idx\` ON \`_press_briefings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_latest_idx\` ON \`_press_briefings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_press_briefings_v_locales\` (
  	\`version_title\` text,
  	\`version_location\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_briefings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_briefings_v_locales_locale_parent_id_unique\` ON \`_press_briefings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_briefings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`spokespersons_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_briefings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespersons_id\`) REFERENCES \`spokespersons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_rels_order_idx\` ON \`_press_briefings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_rels_parent_idx\` ON \`_press_briefings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_rels_path_idx\` ON \`_press_briefings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_rels_spokespersons_id_idx\` ON \`_press_briefings_v_rels\` (\`spokespersons_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_rels_topics_id_idx\` ON \`_press_briefings_v_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`press_briefings_id\` text(36) REFERENCES press_briefings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_briefings_id_idx\` ON \`payload_locked_documents_rels\` (\`press_briefings_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_briefings_materials\`;`)
  await db.run(sql`DROP TABLE \`press_briefings\`;`)
  await db.run(sql`DROP TABLE \`press_briefings_locales\`;`)
  await db.run(sql`DROP TABLE \`press_briefings_rels\`;`)
  await db.run(sql`DROP TABLE \`_press_briefings_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_press_briefings_v\`;`)
  await db.run(sql`DROP TABLE \`_press_briefings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_briefings_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`drafts_id\` text(36),
  	\`explainers_id\` text(36),
  	\`handbook_chapters_id\` text(36),
  	\`policy_documents_id\` text(36),
  	\`spokespersons_id\` text(36),
  	\`agencies_id\` text(36),
  	\`document_types_id\` text(36),
  	\`topics_id\` text(36),
  	\`media_id\` text(36),
  	\`files_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drafts_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`explainers_id\`) REFERENCES \`explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`handbook_chapters_id\`) REFERENCES \`handbook_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespersons_id\`) REFERENCES \`spokespersons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_types_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "drafts_id", "explainers_id", "handbook_chapters_id", "policy_documents_id", "spokespersons_id", "agencies_id", "document_types_id", "topics_id", "media_id", "files_id", "users_id") SELECT "id", "order", "parent_id", "path", "drafts_id", "explainers_id", "handbook_chapters_id", "policy_documents_id", "spokespersons_id", "agencies_id", "document_types_id", "topics_id", "media_id", "files_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drafts_id_idx\` ON \`payload_locked_documents_rels\` (\`drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_explainers_id_idx\` ON \`payload_locked_documents_rels\` (\`explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_handbook_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`handbook_chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spokespersons_id_idx\` ON \`payload_locked_documents_rels\` (\`spokespersons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_types_id_idx\` ON \`payload_locked_documents_rels\` (\`document_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
