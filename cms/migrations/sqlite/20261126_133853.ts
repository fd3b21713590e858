import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text,
  	\`locale\` text,
  	\`agency_id\` text(36),
  	\`user_id\` text(36),
  	\`user_email\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_agency_idx\` ON \`audit_log\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`drafts\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`drafts\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`drafts\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`drafts_updated_by_idx\` ON \`drafts\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_drafts_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_updated_by_idx\` ON \`_drafts_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`consultation_responses\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`consultation_responses\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`consultation_responses\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_updated_by_idx\` ON \`consultation_responses\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_consultation_responses_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_consultation_responses_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_consultation_responses_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_consultation_responses_v_version_version_updated_by_idx\` ON \`_consultation_responses_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`explainers\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`explainers\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`explainers\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`explainers_updated_by_idx\` ON \`explainers\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_explainers_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_explainers_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_explainers_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_version_version_updated_by_idx\` ON \`_explainers_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`handbook_chapters\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`handbook_chapters\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`handbook_chapters\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`handbook_chapters_updated_by_idx\` ON \`handbook_chapters\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_handbook_chapters_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_handbook_chapters_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_handbook_chapters_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_version_version_updated_by_idx\` ON \`_handbook_chapters_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`policy_documents_updated_by_idx\` ON \`policy_documents\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_policy_documents_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_policy_documents_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_documents_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_updated_by_idx\` ON \`_policy_documents_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`press_briefings\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`press_briefings\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`press_briefings\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`press_briefings_updated_by_idx\` ON \`press_briefings\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_briefings_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_press_briefings_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_press_briefings_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_press_briefings_v_version_version_updated_by_idx\` ON \`_press_briefings_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` text(36) REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_drafts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`document_type_id\` text(36),
  	\`drafting_agency_id\` text(36),
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`responded\` integer DEFAULT false,
  	\`previous_version_label\` text,
  	\`previous_version_articles\` text,
  	\`number_and_symbol\` text,
  	\`issued_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`drafting_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_drafts\`("id", "generate_slug", "slug", "document_type_id", "drafting_agency_id", "opens_at", "closes_at", "responded", "previous_version_label", "previous_version_articles", "number_and_symbol", "issued_at", "updated_at", "created_at", "_status") SELECT "id", "generate_slug", "slug", "document_type_id", "drafting_agency_id", "opens_at", "closes_at", "responded", "previous_version_label", "previous_version_articles", "number_and_symbol", "issued_at", "updated_at", "created_at", "_status" FROM \`drafts\`;`)
  await db.run(sql`DROP TABLE \`drafts\`;`)
  await db.run(sql`ALTER TABLE \`__new_drafts\` RENAME TO \`drafts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`drafts_slug_idx\` ON \`drafts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`drafts_document_type_idx\` ON \`drafts\` (\`document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_drafting_agency_idx\` ON \`drafts\` (\`drafting_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_updated_at_idx\` ON \`drafts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drafts_created_at_idx\` ON \`drafts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`drafts__status_idx\` ON \`drafts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__drafts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_document_type_id\` text(36),
  	\`version_drafting_agency_id\` text(36),
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_responded\` integer DEFAULT false,
  	\`version_previous_version_label\` text,
  	\`version_previous_version_articles\` text,
  	\`version_number_and_symbol\` text,
  	\`version_issued_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_drafting_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__drafts_v\`("id", "parent_id", "version_generate_slug", "version_slug", "version_document_type_id", "version_drafting_agency_id", "version_opens_at", "version_closes_at", "version_responded", "version_previous_version_label", "version_previous_version_articles", "version_number_and_symbol", "version_issued_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_generate_slug", "version_slug", "version_document_type_id", "version_drafting_agency_id", "version_opens_at", "version_closes_at", "version_responded", "version_previous_version_label", "version_previous_version_articles", "version_number_and_symbol", "version_issued_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_drafts_v\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__drafts_v\` RENAME TO \`_drafts_v\`;`)
  await db.run(sql`CREATE INDEX \`_drafts_v_parent_idx\` ON \`_drafts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_slug_idx\` ON \`_drafts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_document_type_idx\` ON \`_drafts_v\` (\`version_document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_drafting_agency_idx\` ON \`_drafts_v\` (\`version_drafting_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_updated_at_idx\` ON \`_drafts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_created_at_idx\` ON \`_drafts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version__status_idx\` ON \`_drafts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_created_at_idx\` ON \`_drafts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_updated_at_idx\` ON \`_drafts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_snapshot_idx\` ON \`_drafts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_published_locale_idx\` ON \`_drafts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_latest_idx\` ON \`_drafts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_consultation_responses\` (
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
  await db.run(sql`INSERT INTO \`__new_consultation_responses\`("id", "title", "draft_id", "agency_id", "intro", "counts", "public_comments", "updated_at", "created_at", "_status") SELECT "id", "title", "draft_id", "agency_id", "intro", "counts", "public_comments", "updated_at", "created_at", "_status" FROM \`consultation_responses\`;`)
  await db.run(sql`DROP TABLE \`consultation_responses\`;`)
  await db.run(sql`ALTER TABLE \`__new_consultation_responses\` RENAME TO \`consultation_responses\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`consultation_responses_draft_idx\` ON \`consultation_responses\` (\`draft_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_agency_idx\` ON \`consultation_responses\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_updated_at_idx\` ON \`consultation_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses_created_at_idx\` ON \`consultation_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_responses__status_idx\` ON \`consultation_responses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__consultation_responses_v\` (
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
  await db.run(sql`INSERT INTO \`__new__consultation_responses_v\`("id", "parent_id", "version_title", "version_draft_id", "version_agency_id", "version_intro", "version_counts", "version_public_comments", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_draft_id", "version_agency_id", "version_intro", "version_counts", "version_public_comments", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_consultation_responses_v\`;`)
  await db.run(sql`DROP TABLE \`_consultation_responses_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__consultation_responses_v\` RENAME TO \`_consultation_responses_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_explainers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`hero_image_id\` text(36),
  	\`lifecycle_stage\` text,
  	\`agency_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_explainers\`("id", "generate_slug", "slug", "hero_image_id", "lifecycle_stage", "agency_id", "updated_at", "created_at", "_status") SELECT "id", "generate_slug", "slug", "hero_image_id", "lifecycle_stage", "agency_id", "updated_at", "created_at", "_status" FROM \`explainers\`;`)
  await db.run(sql`DROP TABLE \`explainers\`;`)
  await db.run(sql`ALTER TABLE \`__new_explainers\` RENAME TO \`explainers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`explainers_slug_idx\` ON \`explainers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`explainers_hero_image_idx\` ON \`explainers\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`explainers_agency_idx\` ON \`explainers\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`explainers_updated_at_idx\` ON \`explainers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`explainers_created_at_idx\` ON \`explainers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`explainers__status_idx\` ON \`explainers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__explainers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_lifecycle_stage\` text,
  	\`version_agency_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`explainers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__explainers_v\`("id", "parent_id", "version_generate_slug", "version_slug", "version_hero_image_id", "version_lifecycle_stage", "version_agency_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_generate_slug", "version_slug", "version_hero_image_id", "version_lifecycle_stage", "version_agency_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_explainers_v\`;`)
  await db.run(sql`DROP TABLE \`_explainers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__explainers_v\` RENAME TO \`_explainers_v\`;`)
  await db.run(sql`CREATE INDEX \`_explainers_v_parent_idx\` ON \`_explainers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_version_version_slug_idx\` ON \`_explainers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_version_version_hero_image_idx\` ON \`_explainers_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_version_version_agency_idx\` ON \`_explainers_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_version_version_updated_at_idx\` ON \`_explainers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_version_version_created_at_idx\` ON \`_explainers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_version_version__status_idx\` ON \`_explainers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_created_at_idx\` ON \`_explainers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_updated_at_idx\` ON \`_explainers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_snapshot_idx\` ON \`_explainers_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_published_locale_idx\` ON \`_explainers_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_latest_idx\` ON \`_explainers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_handbook_chapters\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`edition\` text DEFAULT '2023–2026',
  	\`order\` numeric,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_handbook_chapters\`("id", "edition", "order", "generate_slug", "slug", "updated_at", "created_at", "_status") SELECT "id", "edition", "order", "generate_slug", "slug", "updated_at", "created_at", "_status" FROM \`handbook_chapters\`;`)
  await db.run(sql`DROP TABLE \`handbook_chapters\`;`)
  await db.run(sql`ALTER TABLE \`__new_handbook_chapters\` RENAME TO \`handbook_chapters\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`handbook_chapters_slug_idx\` ON \`handbook_chapters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`handbook_chapters_updated_at_idx\` ON \`handbook_chapters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`handbook_chapters_created_at_idx\` ON \`handbook_chapters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`handbook_chapters__status_idx\` ON \`handbook_chapters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__handbook_chapters_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_edition\` text DEFAULT '2023–2026',
  	\`version_order\` numeric,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`handbook_chapters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__handbook_chapters_v\`("id", "parent_id", "version_edition", "version_order", "version_generate_slug", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_edition", "version_order", "version_generate_slug", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_handbook_chapters_v\`;`)
  await db.run(sql`DROP TABLE \`_handbook_chapters_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__handbook_chapters_v\` RENAME TO \`_handbook_chapters_v\`;`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_parent_idx\` ON \`_handbook_chapters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_version_version_slug_idx\` ON \`_handbook_chapters_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_version_version_updated_at_idx\` ON \`_handbook_chapters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_version_version_created_at_idx\` ON \`_handbook_chapters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_version_version__status_idx\` ON \`_handbook_chapters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_created_at_idx\` ON \`_handbook_chapters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_updated_at_idx\` ON \`_handbook_chapters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_snapshot_idx\` ON \`_handbook_chapters_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_published_locale_idx\` ON \`_handbook_chapters_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_handbook_chapters_v_latest_idx\` ON \`_handbook_chapters_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_policy_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`number_and_symbol\` text,
  	\`issued_at\` text,
  	\`issuing_agency_id\` text(36),
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`issuing_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_documents\`("id", "kind", "number_and_symbol", "issued_at", "issuing_agency_id", "generate_slug", "slug", "updated_at", "created_at", "_status") SELECT "id", "kind", "number_and_symbol", "issued_at", "issuing_agency_id", "generate_slug", "slug", "updated_at", "created_at", "_status" FROM \`policy_documents\`;`)
  await db.run(sql`DROP TABLE \`policy_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_documents\` RENAME TO \`policy_documents\`;`)
  await db.run(sql`CREATE INDEX \`policy_documents_issuing_agency_idx\` ON \`policy_documents\` (\`issuing_agency_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_slug_idx\` ON \`policy_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_updated_at_idx\` ON \`policy_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_created_at_idx\` ON \`policy_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents__status_idx\` ON \`policy_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__policy_documents_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_kind\` text,
  	\`version_number_and_symbol\` text,
  	\`version_issued_at\` text,
  	\`version_issuing_agency_id\` text(36),
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issuing_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policy_documents_v\`("id", "parent_id", "version_kind", "version_number_and_symbol", "version_issued_at", "version_issuing_agency_id", "version_generate_slug", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_number_and_symbol", "version_issued_at", "version_issuing_agency_id", "version_generate_slug", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_policy_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__policy_documents_v\` RENAME TO \`_policy_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_parent_idx\` ON \`_policy_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_issuing_agency_idx\` ON \`_policy_documents_v\` (\`version_issuing_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_slug_idx\` ON \`_policy_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_updated_at_idx\` ON \`_policy_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_created_at_idx\` ON \`_policy_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version__status_idx\` ON \`_policy_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_created_at_idx\` ON \`_policy_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_updated_at_idx\` ON \`_policy_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_snapshot_idx\` ON \`_policy_documents_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_published_locale_idx\` ON \`_policy_documents_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_latest_idx\` ON \`_policy_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_press_briefings\` (
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
  await db.run(sql`INSERT INTO \`__new_press_briefings\`("id", "generate_slug", "slug", "kind", "held_at", "agency_id", "updated_at", "created_at", "_status") SELECT "id", "generate_slug", "slug", "kind", "held_at", "agency_id", "updated_at", "created_at", "_status" FROM \`press_briefings\`;`)
  await db.run(sql`DROP TABLE \`press_briefings\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_briefings\` RENAME TO \`press_briefings\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_briefings_slug_idx\` ON \`press_briefings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_agency_idx\` ON \`press_briefings\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_updated_at_idx\` ON \`press_briefings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings_created_at_idx\` ON \`press_briefings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_briefings__status_idx\` ON \`press_briefings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_briefings_v\` (
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
  await db.run(sql`INSERT INTO \`__new__press_briefings_v\`("id", "parent_id", "version_generate_slug", "version_slug", "version_kind", "version_held_at", "version_agency_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_generate_slug", "version_slug", "version_kind", "version_held_at", "version_agency_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_press_briefings_v\`;`)
  await db.run(sql`DROP TABLE \`_press_briefings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_briefings_v\` RENAME TO \`_press_briefings_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`drafts_id\` text(36),
  	\`comments_id\` text(36),
  	\`consultation_responses_id\` text(36),
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
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultation_responses_id\`) REFERENCES \`consultation_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "drafts_id", "comments_id", "consultation_responses_id", "explainers_id", "handbook_chapters_id", "policy_documents_id", "press_briefings_id", "spokespersons_id", "agencies_id", "document_types_id", "topics_id", "media_id", "files_id", "users_id") SELECT "id", "order", "parent_id", "path", "drafts_id", "comments_id", "consultation_responses_id", "explainers_id", "handbook_chapters_id", "policy_documents_id", "press_briefings_id", "spokespersons_id", "agencies_id", "document_types_id", "topics_id", "media_id", "files_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drafts_id_idx\` ON \`payload_locked_documents_rels\` (\`drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_responses_id\`);`)
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
}
