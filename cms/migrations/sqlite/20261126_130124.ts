import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'new' NOT NULL,
  	\`moderation_note\` text,
  	\`draft_id\` text(36) NOT NULL,
  	\`agency_id\` text(36) NOT NULL,
  	\`version_label\` text,
  	\`article\` numeric,
  	\`text\` text NOT NULL,
  	\`may_publish\` integer DEFAULT false,
  	\`name\` text NOT NULL,
  	\`locality\` text NOT NULL,
  	\`contact\` text,
  	\`consent_at\` text NOT NULL,
  	\`fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`draft_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_state_idx\` ON \`comments\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`comments_draft_idx\` ON \`comments\` (\`draft_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_agency_idx\` ON \`comments\` (\`agency_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_fingerprint_idx\` ON \`comments\` (\`fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`consultation_responses_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`article\` numeric,
  	\`outcome\` text,
  	\`explanation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultation_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_responses_items_order_idx\` ON \`consultation_responses_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_items_parent_id_idx\` ON \`consultation_responses_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_responses\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text DEFAULT 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý',
  	\`draft_id\` text(36),
  	\`agency_id\` text(36),
  	\`intro\` text,
  	\`counts\` text,
  	\`public_comments\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`draft_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultation_responses_draft_idx\` ON \`consultation_responses\` (\`draft_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_agency_idx\` ON \`consultation_responses\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_updated_at_idx\` ON \`consultation_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_created_at_idx\` ON \`consultation_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses__status_idx\` ON \`consultation_responses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`consultation_responses_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`comments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultation_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_responses_rels_order_idx\` ON \`consultation_responses_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_rels_parent_idx\` ON \`consultation_responses_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_rels_path_idx\` ON \`consultation_responses_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_rels_comments_id_idx\` ON \`consultation_responses_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultation_responses_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`article\` numeric,
  	\`outcome\` text,
  	\`explanation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultation_responses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_version_items_order_idx\` ON \`_consultation_responses_v_version_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_version_items_parent_id_idx\` ON \`_consultation_responses_v_version_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultation_responses_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text DEFAULT 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý',
  	\`version_draft_id\` text(36),
  	\`version_agency_id\` text(36),
  	\`version_intro\` text,
  	\`version_counts\` text,
  	\`version_public_comments\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultation_responses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_draft_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_parent_idx\` ON \`_consultation_responses_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_version_version_draft_idx\` ON \`_consultation_responses_v\` (\`version_draft_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_version_version_agency_idx\` ON \`_consultation_responses_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_version_version_updated_at_idx\` ON \`_consultation_responses_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_version_version_created_at_idx\` ON \`_consultation_responses_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_version_version__status_idx\` ON \`_consultation_responses_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_created_at_idx\` ON \`_consultation_responses_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_updated_at_idx\` ON \`_consultation_responses_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_snapshot_idx\` ON \`_consultation_responses_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_published_locale_idx\` ON \`_consultation_responses_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_latest_idx\` ON \`_consultation_responses_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_consultation_responses_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`comments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultation_responses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_rels_order_idx\` ON \`_consultation_responses_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_rels_parent_idx\` ON \`_consultation_responses_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_rels_path_idx\` ON \`_consultation_responses_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_rels_comments_id_idx\` ON \`_consultation_responses_v_rels\` (\`comments_id\`);`)
  await db.run(sql`ALTER TABLE \`drafts\` ADD \`responded\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`drafts\` ADD \`previous_version_label\` text;`)
  await db.run(sql`ALTER TABLE \`drafts\` ADD \`previous_version_articles\` text;`)
  await db.run(sql`ALTER TABLE \`drafts_rels\` ADD \`comments_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_comments_id_idx\` ON \`drafts_rels\` (\`comments_id\`);`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` ADD \`version_responded\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` ADD \`version_previous_version_label\` text;`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` ADD \`version_previous_version_articles\` text;`)
  await db.run(sql`ALTER TABLE \`_drafts_v_rels\` ADD \`comments_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_comments_id_idx\` ON \`_drafts_v_rels\` (\`comments_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_responses_id\` text(36) REFERENCES consultation_responses(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_responses_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`consultation_responses_items\`;`)
  await db.run(sql`DROP TABLE \`consultation_responses\`;`)
  await db.run(sql`DROP TABLE \`consultation_responses_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultation_responses_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_consultation_responses_v\`;`)
  await db.run(sql`DROP TABLE \`_consultation_responses_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_drafts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`explainers_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`explainers_id\`) REFERENCES \`explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_drafts_rels\`("id", "order", "parent_id", "path", "explainers_id", "topics_id") SELECT "id", "order", "parent_id", "path", "explainers_id", "topics_id" FROM \`drafts_rels\`;`)
  await db.run(sql`DROP TABLE \`drafts_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_drafts_rels\` RENAME TO \`drafts_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`drafts_rels_order_idx\` ON \`drafts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_parent_idx\` ON \`drafts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_path_idx\` ON \`drafts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_explainers_id_idx\` ON \`drafts_rels\` (\`explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_topics_id_idx\` ON \`drafts_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__drafts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`explainers_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_drafts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`explainers_id\`) REFERENCES \`explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__drafts_v_rels\`("id", "order", "parent_id", "path", "explainers_id", "topics_id") SELECT "id", "order", "parent_id", "path", "explainers_id", "topics_id" FROM \`_drafts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__drafts_v_rels\` RENAME TO \`_drafts_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_order_idx\` ON \`_drafts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_parent_idx\` ON \`_drafts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_path_idx\` ON \`_drafts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_explainers_id_idx\` ON \`_drafts_v_rels\` (\`explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_topics_id_idx\` ON \`_drafts_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`drafts_id\` text(36),
  	\`explainers_id\` text(36),
  	\`handbook_chapters_id\` text(36),
  	\`policy_documents_id\` text(36),
  	\`press_briefings_id\` text(36),
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
  	FOREIGN KEY (\`press_briefings_id\`) REFERENCES \`press_briefings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespersons_id\`) REFERENCES \`spokespersons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_types_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "drafts_id", "explainers_id", "handbook_chapters_id", "policy_documents_id", "press_briefings_id", "spokespersons_id", "agencies_id", "document_types_id", "topics_id", "media_id", "files_id", "users_id") SELECT "id", "order", "parent_id", "path", "drafts_id", "explainers_id", "handbook_chapters_id", "policy_documents_id", "press_briefings_id", "spokespersons_id", "agencies_id", "document_types_id", "topics_id", "media_id", "files_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drafts_id_idx\` ON \`payload_locked_documents_rels\` (\`drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_explainers_id_idx\` ON \`payload_locked_documents_rels\` (\`explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_handbook_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`handbook_chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_briefings_id_idx\` ON \`payload_locked_documents_rels\` (\`press_briefings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spokespersons_id_idx\` ON \`payload_locked_documents_rels\` (\`spokespersons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_types_id_idx\` ON \`payload_locked_documents_rels\` (\`document_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`drafts\` DROP COLUMN \`responded\`;`)
  await db.run(sql`ALTER TABLE \`drafts\` DROP COLUMN \`previous_version_label\`;`)
  await db.run(sql`ALTER TABLE \`drafts\` DROP COLUMN \`previous_version_articles\`;`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` DROP COLUMN \`version_responded\`;`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` DROP COLUMN \`version_previous_version_label\`;`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` DROP COLUMN \`version_previous_version_articles\`;`)
}
