import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`drafts_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drafts_articles_order_idx\` ON \`drafts_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`drafts_articles_parent_id_idx\` ON \`drafts_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`drafts_articles_locales\` (
  	\`heading\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`drafts_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`drafts_articles_locales_locale_parent_id_unique\` ON \`drafts_articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`drafts_dossier\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`file_id\` text(36),
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drafts_dossier_order_idx\` ON \`drafts_dossier\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`drafts_dossier_parent_id_idx\` ON \`drafts_dossier\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_dossier_file_idx\` ON \`drafts_dossier\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`drafts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`document_type_id\` text(36),
  	\`drafting_agency_id\` text(36),
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`number_and_symbol\` text,
  	\`issued_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`drafting_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`drafts_slug_idx\` ON \`drafts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`drafts_document_type_idx\` ON \`drafts\` (\`document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_drafting_agency_idx\` ON \`drafts\` (\`drafting_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_updated_at_idx\` ON \`drafts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drafts_created_at_idx\` ON \`drafts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`drafts__status_idx\` ON \`drafts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`drafts_locales\` (
  	\`title\` text,
  	\`version_label\` text DEFAULT 'Dự thảo lần 1',
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`drafts_locales_locale_parent_id_unique\` ON \`drafts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`drafts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drafts_texts_order_parent\` ON \`drafts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_texts_locale_parent\` ON \`drafts_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`drafts_rels\` (
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
  await db.run(sql`CREATE INDEX \`drafts_rels_order_idx\` ON \`drafts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_parent_idx\` ON \`drafts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_path_idx\` ON \`drafts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_explainers_id_idx\` ON \`drafts_rels\` (\`explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_rels_topics_id_idx\` ON \`drafts_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_drafts_v_version_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_drafts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_articles_order_idx\` ON \`_drafts_v_version_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_articles_parent_id_idx\` ON \`_drafts_v_version_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_drafts_v_version_articles_locales\` (
  	\`heading\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_drafts_v_version_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_drafts_v_version_articles_locales_locale_parent_id_unique\` ON \`_drafts_v_version_articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_drafts_v_version_dossier\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`file_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_drafts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_dossier_order_idx\` ON \`_drafts_v_version_dossier\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_dossier_parent_id_idx\` ON \`_drafts_v_version_dossier\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_dossier_file_idx\` ON \`_drafts_v_version_dossier\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_drafts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_document_type_id\` text(36),
  	\`version_drafting_agency_id\` text(36),
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
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
  await db.run(sql`CREATE TABLE \`_drafts_v_locales\` (
  	\`version_title\` text,
  	\`version_version_label\` text DEFAULT 'Dự thảo lần 1',
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_drafts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_drafts_v_locales_locale_parent_id_unique\` ON \`_drafts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_drafts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_drafts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_drafts_v_texts_order_parent\` ON \`_drafts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_texts_locale_parent\` ON \`_drafts_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_drafts_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_order_idx\` ON \`_drafts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_parent_idx\` ON \`_drafts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_path_idx\` ON \`_drafts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_explainers_id_idx\` ON \`_drafts_v_rels\` (\`explainers_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_rels_topics_id_idx\` ON \`_drafts_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`explainers\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`explainers_slug_idx\` ON \`explainers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`explainers_hero_image_idx\` ON \`explainers\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`explainers_agency_idx\` ON \`explainers\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`explainers_updated_at_idx\` ON \`explainers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`explainers_created_at_idx\` ON \`explainers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`explainers__status_idx\` ON \`explainers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`explainers_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`radio_script\` text,
  	\`audio_id\` text(36),
  	\`translation_orthography\` text,
  	\`translation_translator\` text,
  	\`translation_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`explainers_audio_idx\` ON \`explainers_locales\` (\`audio_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`explainers_locales_locale_parent_id_unique\` ON \`explainers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`explainers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`drafts_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`explainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drafts_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`explainers_rels_order_idx\` ON \`explainers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`explainers_rels_parent_idx\` ON \`explainers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`explainers_rels_path_idx\` ON \`explainers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`explainers_rels_drafts_id_idx\` ON \`explainers_rels\` (\`drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`explainers_rels_topics_id_idx\` ON \`explainers_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_explainers_v\` (
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
  await db.run(sql`CREATE TABLE \`_explainers_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_radio_script\` text,
  	\`version_audio_id\` text(36),
  	\`version_translation_orthography\` text,
  	\`version_translation_translator\` text,
  	\`version_translation_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_explainers_v_version_version_audio_idx\` ON \`_explainers_v_locales\` (\`version_audio_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_explainers_v_locales_locale_parent_id_unique\` ON \`_explainers_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_explainers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`drafts_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_explainers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drafts_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_explainers_v_rels_order_idx\` ON \`_explainers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_rels_parent_idx\` ON \`_explainers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_rels_path_idx\` ON \`_explainers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_rels_drafts_id_idx\` ON \`_explainers_v_rels\` (\`drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`_explainers_v_rels_topics_id_idx\` ON \`_explainers_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`handbook_chapters\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`handbook_chapters_slug_idx\` ON \`handbook_chapters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`handbook_chapters_updated_at_idx\` ON \`handbook_chapters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`handbook_chapters_created_at_idx\` ON \`handbook_chapters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`handbook_chapters__status_idx\` ON \`handbook_chapters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`handbook_chapters_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`handbook_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`handbook_chapters_locales_locale_parent_id_unique\` ON \`handbook_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_handbook_chapters_v\` (
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
  await db.run(sql`CREATE TABLE \`_handbook_chapters_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_handbook_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_handbook_chapters_v_locales_locale_parent_id_unique\` ON \`_handbook_chapters_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_tasks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_tasks_order_idx\` ON \`policy_documents_tasks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_tasks_parent_id_idx\` ON \`policy_documents_tasks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_tasks_locales\` (
  	\`title\` text,
  	\`content\` text,
  	\`lead_note\` text,
  	\`coordination_note\` text,
  	\`timing\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_tasks_locales_locale_parent_id_unique\` ON \`policy_documents_tasks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents\` (
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
  await db.run(sql`CREATE INDEX \`policy_documents_issuing_agency_idx\` ON \`policy_documents\` (\`issuing_agency_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_slug_idx\` ON \`policy_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_updated_at_idx\` ON \`policy_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_created_at_idx\` ON \`policy_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents__status_idx\` ON \`policy_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_locales_locale_parent_id_unique\` ON \`policy_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`agencies_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_order_idx\` ON \`policy_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_parent_idx\` ON \`policy_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_path_idx\` ON \`policy_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_agencies_id_idx\` ON \`policy_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_version_tasks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_tasks_order_idx\` ON \`_policy_documents_v_version_tasks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_tasks_parent_id_idx\` ON \`_policy_documents_v_version_tasks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_version_tasks_locales\` (
  	\`title\` text,
  	\`content\` text,
  	\`lead_note\` text,
  	\`coordination_note\` text,
  	\`timing\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_documents_v_version_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_policy_documents_v_version_tasks_locales_locale_parent_id_u\` ON \`_policy_documents_v_version_tasks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v\` (
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
  await db.run(sql`CREATE TABLE \`_policy_documents_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_policy_documents_v_locales_locale_parent_id_unique\` ON \`_policy_documents_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`agencies_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_order_idx\` ON \`_policy_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_parent_idx\` ON \`_policy_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_path_idx\` ON \`_policy_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_agencies_id_idx\` ON \`_policy_documents_v_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE TABLE \`spokespersons\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`agency_id\` text(36) NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`position\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`appointing_decision\` text,
  	\`since\` text,
  	\`until\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`spokespersons_agency_idx\` ON \`spokespersons\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`spokespersons_updated_at_idx\` ON \`spokespersons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`spokespersons_created_at_idx\` ON \`spokespersons\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agencies\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_name_idx\` ON \`agencies\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`agencies_parent_idx\` ON \`agencies\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`document_types\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`minimum_consultation_days\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`document_types_name_idx\` ON \`document_types\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`document_types_updated_at_idx\` ON \`document_types\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_types_created_at_idx\` ON \`document_types\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_small_url\` text,
  	\`sizes_small_width\` numeric,
  	\`sizes_small_height\` numeric,
  	\`sizes_small_mime_type\` text,
  	\`sizes_small_filesize\` numeric,
  	\`sizes_small_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_sizes_small_filename_idx\` ON \`media\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`files_updated_at_idx\` ON \`files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`files_created_at_idx\` ON \`files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`files_filename_idx\` ON \`files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`agency_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_agency_idx\` ON \`users\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`drafts_articles\`;`)
  await db.run(sql`DROP TABLE \`drafts_articles_locales\`;`)
  await db.run(sql`DROP TABLE \`drafts_dossier\`;`)
  await db.run(sql`DROP TABLE \`drafts\`;`)
  await db.run(sql`DROP TABLE \`drafts_locales\`;`)
  await db.run(sql`DROP TABLE \`drafts_texts\`;`)
  await db.run(sql`DROP TABLE \`drafts_rels\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v_version_articles\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v_version_articles_locales\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v_version_dossier\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`explainers\`;`)
  await db.run(sql`DROP TABLE \`explainers_locales\`;`)
  await db.run(sql`DROP TABLE \`explainers_rels\`;`)
  await db.run(sql`DROP TABLE \`_explainers_v\`;`)
  await db.run(sql`DROP TABLE \`_explainers_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_explainers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`handbook_chapters\`;`)
  await db.run(sql`DROP TABLE \`handbook_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`_handbook_chapters_v\`;`)
  await db.run(sql`DROP TABLE \`_handbook_chapters_v_locales\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_tasks\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_tasks_locales\`;`)
  await db.run(sql`DROP TABLE \`policy_documents\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_version_tasks\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_version_tasks_locales\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`spokespersons\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`DROP TABLE \`document_types\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`files\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
