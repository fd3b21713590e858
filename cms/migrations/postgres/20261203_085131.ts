import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en', 'ktv', 'cua', 'sed', 'jeh');
  CREATE TYPE "public"."enum_drafts_dossier_kind" AS ENUM('draft-text', 'submission', 'impact-assessment', 'other');
  CREATE TYPE "public"."enum_drafts_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_drafts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__drafts_v_version_dossier_kind" AS ENUM('draft-text', 'submission', 'impact-assessment', 'other');
  CREATE TYPE "public"."enum__drafts_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__drafts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__drafts_v_published_locale" AS ENUM('vi', 'en', 'ktv', 'cua', 'sed', 'jeh');
  CREATE TYPE "public"."enum_comments_state" AS ENUM('new', 'valid', 'spam', 'duplicate', 'out-of-scope');
  CREATE TYPE "public"."enum_consultation_responses_items_outcome" AS ENUM('accepted', 'partly-accepted', 'not-accepted');
  CREATE TYPE "public"."enum_consultation_responses_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_consultation_responses_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consultation_responses_v_version_items_outcome" AS ENUM('accepted', 'partly-accepted', 'not-accepted');
  CREATE TYPE "public"."enum__consultation_responses_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__consultation_responses_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consultation_responses_v_published_locale" AS ENUM('vi', 'en', 'ktv', 'cua', 'sed', 'jeh');
  CREATE TYPE "public"."enum_explainers_lifecycle_stage" AS ENUM('planning', 'drafting', 'adoption', 'implementation');
  CREATE TYPE "public"."enum_explainers_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_explainers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__explainers_v_version_lifecycle_stage" AS ENUM('planning', 'drafting', 'adoption', 'implementation');
  CREATE TYPE "public"."enum__explainers_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__explainers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__explainers_v_published_locale" AS ENUM('vi', 'en', 'ktv', 'cua', 'sed', 'jeh');
  CREATE TYPE "public"."enum_handbook_chapters_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_handbook_chapters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__handbook_chapters_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__handbook_chapters_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__handbook_chapters_v_published_locale" AS ENUM('vi', 'en', 'ktv', 'cua', 'sed', 'jeh');
  CREATE TYPE "public"."enum_policy_documents_kind" AS ENUM('plan', 'directive', 'decision', 'resolution', 'other');
  CREATE TYPE "public"."enum_policy_documents_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_policy_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_documents_v_version_kind" AS ENUM('plan', 'directive', 'decision', 'resolution', 'other');
  CREATE TYPE "public"."enum__policy_documents_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__policy_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_documents_v_published_locale" AS ENUM('vi', 'en', 'ktv', 'cua', 'sed', 'jeh');
  CREATE TYPE "public"."enum_press_briefings_kind" AS ENUM('monthly', 'press-conference', 'extraordinary');
  CREATE TYPE "public"."enum_press_briefings_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_press_briefings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__press_briefings_v_version_kind" AS ENUM('monthly', 'press-conference', 'extraordinary');
  CREATE TYPE "public"."enum__press_briefings_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__press_briefings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__press_briefings_v_published_locale" AS ENUM('vi', 'en', 'ktv', 'cua', 'sed', 'jeh');
  CREATE TYPE "public"."enum_agencies_kind" AS ENUM('provincial-department', 'peoples-committee', 'commune', 'press', 'party-body', 'other');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'agency-editor', 'reviewer');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('publish', 'unpublish', 'delete', 'submit', 'approve', 'return', 'moderate', 'upload', 'replace-upload', 'delete-upload');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "drafts_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric
  );
  
  CREATE TABLE "drafts_articles_locales" (
  	"heading" varchar,
  	"body" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "drafts_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_drafts_dossier_kind",
  	"file_id" uuid
  );
  
  CREATE TABLE "drafts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"document_type_id" uuid,
  	"drafting_agency_id" uuid,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"responded" boolean DEFAULT false,
  	"previous_version_label" varchar,
  	"previous_version_articles" jsonb,
  	"number_and_symbol" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"review_state" "enum_drafts_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"updated_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_drafts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "drafts_locales" (
  	"title" varchar,
  	"version_label" varchar DEFAULT 'Dự thảo lần 1',
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "drafts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "drafts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"comments_id" uuid,
  	"explainers_id" uuid,
  	"topics_id" uuid
  );
  
  CREATE TABLE "_drafts_v_version_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"number" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_drafts_v_version_articles_locales" (
  	"heading" varchar,
  	"body" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_drafts_v_version_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum__drafts_v_version_dossier_kind",
  	"file_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_drafts_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_document_type_id" uuid,
  	"version_drafting_agency_id" uuid,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_responded" boolean DEFAULT false,
  	"version_previous_version_label" varchar,
  	"version_previous_version_articles" jsonb,
  	"version_number_and_symbol" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_review_state" "enum__drafts_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_updated_by_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__drafts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__drafts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_drafts_v_locales" (
  	"version_title" varchar,
  	"version_version_label" varchar DEFAULT 'Dự thảo lần 1',
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_drafts_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "_drafts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"comments_id" uuid,
  	"explainers_id" uuid,
  	"topics_id" uuid
  );
  
  CREATE TABLE "comments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"state" "enum_comments_state" DEFAULT 'new' NOT NULL,
  	"moderation_note" varchar,
  	"draft_id" uuid NOT NULL,
  	"agency_id" uuid NOT NULL,
  	"version_label" varchar,
  	"article" numeric,
  	"text" varchar NOT NULL,
  	"may_publish" boolean DEFAULT false,
  	"name" varchar NOT NULL,
  	"locality" varchar NOT NULL,
  	"contact" varchar,
  	"may_contact" boolean DEFAULT false,
  	"notified_at" timestamp(3) with time zone,
  	"consent_at" timestamp(3) with time zone NOT NULL,
  	"fingerprint" varchar,
  	"sent_in_surge" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consultation_responses_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"article" numeric,
  	"outcome" "enum_consultation_responses_items_outcome",
  	"explanation" varchar
  );
  
  CREATE TABLE "consultation_responses" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar DEFAULT 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý',
  	"draft_id" uuid,
  	"agency_id" uuid,
  	"intro" varchar,
  	"counts" jsonb,
  	"public_comments" jsonb,
  	"review_state" "enum_consultation_responses_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"updated_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_consultation_responses_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "consultation_responses_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"comments_id" uuid
  );
  
  CREATE TABLE "_consultation_responses_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"article" numeric,
  	"outcome" "enum__consultation_responses_v_version_items_outcome",
  	"explanation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultation_responses_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar DEFAULT 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý',
  	"version_draft_id" uuid,
  	"version_agency_id" uuid,
  	"version_intro" varchar,
  	"version_counts" jsonb,
  	"version_public_comments" jsonb,
  	"version_review_state" "enum__consultation_responses_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_updated_by_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__consultation_responses_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__consultation_responses_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_consultation_responses_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"comments_id" uuid
  );
  
  CREATE TABLE "explainers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"hero_image_id" uuid,
  	"lifecycle_stage" "enum_explainers_lifecycle_stage",
  	"agency_id" uuid,
  	"review_state" "enum_explainers_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"updated_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_explainers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "explainers_locales" (
  	"title" varchar,
  	"lead" varchar,
  	"body" jsonb,
  	"radio_script" varchar,
  	"audio_id" uuid,
  	"translation_orthography" varchar,
  	"translation_translator" varchar,
  	"translation_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "explainers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"drafts_id" uuid,
  	"topics_id" uuid
  );
  
  CREATE TABLE "_explainers_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_hero_image_id" uuid,
  	"version_lifecycle_stage" "enum__explainers_v_version_lifecycle_stage",
  	"version_agency_id" uuid,
  	"version_review_state" "enum__explainers_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_updated_by_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__explainers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__explainers_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_explainers_v_locales" (
  	"version_title" varchar,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"version_radio_script" varchar,
  	"version_audio_id" uuid,
  	"version_translation_orthography" varchar,
  	"version_translation_translator" varchar,
  	"version_translation_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_explainers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"drafts_id" uuid,
  	"topics_id" uuid
  );
  
  CREATE TABLE "handbook_chapters" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"edition" varchar DEFAULT '2023–2026',
  	"order" numeric,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"review_state" "enum_handbook_chapters_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"updated_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_handbook_chapters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "handbook_chapters_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_handbook_chapters_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_edition" varchar DEFAULT '2023–2026',
  	"version_order" numeric,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_review_state" "enum__handbook_chapters_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_updated_by_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__handbook_chapters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__handbook_chapters_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_handbook_chapters_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "policy_documents_tasks" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar
  );
  
  CREATE TABLE "policy_documents_tasks_locales" (
  	"title" varchar,
  	"content" varchar,
  	"lead_note" varchar,
  	"coordination_note" varchar,
  	"timing" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "policy_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_policy_documents_kind",
  	"number_and_symbol" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"issuing_agency_id" uuid,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"review_state" "enum_policy_documents_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"updated_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policy_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policy_documents_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "policy_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" uuid
  );
  
  CREATE TABLE "_policy_documents_v_version_tasks" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_documents_v_version_tasks_locales" (
  	"title" varchar,
  	"content" varchar,
  	"lead_note" varchar,
  	"coordination_note" varchar,
  	"timing" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_policy_documents_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_kind" "enum__policy_documents_v_version_kind",
  	"version_number_and_symbol" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_issuing_agency_id" uuid,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_review_state" "enum__policy_documents_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_updated_by_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policy_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__policy_documents_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_policy_documents_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_policy_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" uuid
  );
  
  CREATE TABLE "press_briefings_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" uuid
  );
  
  CREATE TABLE "press_briefings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"kind" "enum_press_briefings_kind",
  	"held_at" timestamp(3) with time zone,
  	"agency_id" uuid,
  	"review_state" "enum_press_briefings_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"updated_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_press_briefings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "press_briefings_locales" (
  	"title" varchar,
  	"location" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "press_briefings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"spokespersons_id" uuid,
  	"topics_id" uuid
  );
  
  CREATE TABLE "_press_briefings_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"file_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_press_briefings_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_kind" "enum__press_briefings_v_version_kind",
  	"version_held_at" timestamp(3) with time zone,
  	"version_agency_id" uuid,
  	"version_review_state" "enum__press_briefings_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_updated_by_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__press_briefings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__press_briefings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_press_briefings_v_locales" (
  	"version_title" varchar,
  	"version_location" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_press_briefings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"spokespersons_id" uuid,
  	"topics_id" uuid
  );
  
  CREATE TABLE "spokespersons" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"agency_id" uuid NOT NULL,
  	"full_name" varchar NOT NULL,
  	"position" varchar NOT NULL,
  	"phone" varchar,
  	"email" varchar,
  	"appointing_decision" varchar,
  	"since" timestamp(3) with time zone,
  	"until" timestamp(3) with time zone,
  	"is_demo" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agencies" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"short_name" varchar,
  	"kind" "enum_agencies_kind" NOT NULL,
  	"parent_id" uuid,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_types" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"minimum_consultation_days" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"credit" varchar,
  	"agency_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_small_url" varchar,
  	"sizes_small_width" numeric,
  	"sizes_small_height" numeric,
  	"sizes_small_mime_type" varchar,
  	"sizes_small_filesize" numeric,
  	"sizes_small_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "files" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"agency_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"agency_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "audit_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"title" varchar,
  	"locale" varchar,
  	"agency_id" uuid,
  	"user_id" uuid,
  	"user_email" varchar,
  	"note" varchar,
  	"job" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"drafts_id" uuid,
  	"comments_id" uuid,
  	"consultation_responses_id" uuid,
  	"explainers_id" uuid,
  	"handbook_chapters_id" uuid,
  	"policy_documents_id" uuid,
  	"press_briefings_id" uuid,
  	"spokespersons_id" uuid,
  	"agencies_id" uuid,
  	"document_types_id" uuid,
  	"topics_id" uuid,
  	"media_id" uuid,
  	"files_id" uuid,
  	"users_id" uuid,
  	"audit_log_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "drafts_articles" ADD CONSTRAINT "drafts_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts_articles_locales" ADD CONSTRAINT "drafts_articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drafts_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts_dossier" ADD CONSTRAINT "drafts_dossier_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafts_dossier" ADD CONSTRAINT "drafts_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts" ADD CONSTRAINT "drafts_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafts" ADD CONSTRAINT "drafts_drafting_agency_id_agencies_id_fk" FOREIGN KEY ("drafting_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafts" ADD CONSTRAINT "drafts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafts_locales" ADD CONSTRAINT "drafts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts_texts" ADD CONSTRAINT "drafts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts_rels" ADD CONSTRAINT "drafts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts_rels" ADD CONSTRAINT "drafts_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts_rels" ADD CONSTRAINT "drafts_rels_explainers_fk" FOREIGN KEY ("explainers_id") REFERENCES "public"."explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts_rels" ADD CONSTRAINT "drafts_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v_version_articles" ADD CONSTRAINT "_drafts_v_version_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drafts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v_version_articles_locales" ADD CONSTRAINT "_drafts_v_version_articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drafts_v_version_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v_version_dossier" ADD CONSTRAINT "_drafts_v_version_dossier_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v_version_dossier" ADD CONSTRAINT "_drafts_v_version_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drafts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_parent_id_drafts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_version_document_type_id_document_types_id_fk" FOREIGN KEY ("version_document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_version_drafting_agency_id_agencies_id_fk" FOREIGN KEY ("version_drafting_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v_locales" ADD CONSTRAINT "_drafts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drafts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v_texts" ADD CONSTRAINT "_drafts_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_drafts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v_rels" ADD CONSTRAINT "_drafts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_drafts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v_rels" ADD CONSTRAINT "_drafts_v_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v_rels" ADD CONSTRAINT "_drafts_v_rels_explainers_fk" FOREIGN KEY ("explainers_id") REFERENCES "public"."explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v_rels" ADD CONSTRAINT "_drafts_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_responses_items" ADD CONSTRAINT "consultation_responses_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultation_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_responses_rels" ADD CONSTRAINT "consultation_responses_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultation_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultation_responses_rels" ADD CONSTRAINT "consultation_responses_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultation_responses_v_version_items" ADD CONSTRAINT "_consultation_responses_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultation_responses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultation_responses_v" ADD CONSTRAINT "_consultation_responses_v_parent_id_consultation_responses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultation_responses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultation_responses_v" ADD CONSTRAINT "_consultation_responses_v_version_draft_id_drafts_id_fk" FOREIGN KEY ("version_draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultation_responses_v" ADD CONSTRAINT "_consultation_responses_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultation_responses_v" ADD CONSTRAINT "_consultation_responses_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultation_responses_v_rels" ADD CONSTRAINT "_consultation_responses_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_consultation_responses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultation_responses_v_rels" ADD CONSTRAINT "_consultation_responses_v_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "explainers" ADD CONSTRAINT "explainers_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "explainers" ADD CONSTRAINT "explainers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "explainers" ADD CONSTRAINT "explainers_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "explainers_locales" ADD CONSTRAINT "explainers_locales_audio_id_files_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "explainers_locales" ADD CONSTRAINT "explainers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "explainers_rels" ADD CONSTRAINT "explainers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "explainers_rels" ADD CONSTRAINT "explainers_rels_drafts_fk" FOREIGN KEY ("drafts_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "explainers_rels" ADD CONSTRAINT "explainers_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explainers_v" ADD CONSTRAINT "_explainers_v_parent_id_explainers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."explainers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_explainers_v" ADD CONSTRAINT "_explainers_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_explainers_v" ADD CONSTRAINT "_explainers_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_explainers_v" ADD CONSTRAINT "_explainers_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_explainers_v_locales" ADD CONSTRAINT "_explainers_v_locales_version_audio_id_files_id_fk" FOREIGN KEY ("version_audio_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_explainers_v_locales" ADD CONSTRAINT "_explainers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explainers_v_rels" ADD CONSTRAINT "_explainers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explainers_v_rels" ADD CONSTRAINT "_explainers_v_rels_drafts_fk" FOREIGN KEY ("drafts_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explainers_v_rels" ADD CONSTRAINT "_explainers_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handbook_chapters" ADD CONSTRAINT "handbook_chapters_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handbook_chapters_locales" ADD CONSTRAINT "handbook_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."handbook_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handbook_chapters_v" ADD CONSTRAINT "_handbook_chapters_v_parent_id_handbook_chapters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."handbook_chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbook_chapters_v" ADD CONSTRAINT "_handbook_chapters_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_handbook_chapters_v_locales" ADD CONSTRAINT "_handbook_chapters_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_handbook_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_tasks" ADD CONSTRAINT "policy_documents_tasks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_tasks_locales" ADD CONSTRAINT "policy_documents_tasks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_issuing_agency_id_agencies_id_fk" FOREIGN KEY ("issuing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_locales" ADD CONSTRAINT "policy_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_tasks" ADD CONSTRAINT "_policy_documents_v_version_tasks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_tasks_locales" ADD CONSTRAINT "_policy_documents_v_version_tasks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_documents_v_version_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_parent_id_policy_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_issuing_agency_id_agencies_id_fk" FOREIGN KEY ("version_issuing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_locales" ADD CONSTRAINT "_policy_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_rels" ADD CONSTRAINT "_policy_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_rels" ADD CONSTRAINT "_policy_documents_v_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_briefings_materials" ADD CONSTRAINT "press_briefings_materials_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_briefings_materials" ADD CONSTRAINT "press_briefings_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_briefings" ADD CONSTRAINT "press_briefings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_briefings" ADD CONSTRAINT "press_briefings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_briefings_locales" ADD CONSTRAINT "press_briefings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_briefings_rels" ADD CONSTRAINT "press_briefings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_briefings_rels" ADD CONSTRAINT "press_briefings_rels_spokespersons_fk" FOREIGN KEY ("spokespersons_id") REFERENCES "public"."spokespersons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_briefings_rels" ADD CONSTRAINT "press_briefings_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_briefings_v_version_materials" ADD CONSTRAINT "_press_briefings_v_version_materials_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_briefings_v_version_materials" ADD CONSTRAINT "_press_briefings_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_briefings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_briefings_v" ADD CONSTRAINT "_press_briefings_v_parent_id_press_briefings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_briefings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_briefings_v" ADD CONSTRAINT "_press_briefings_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_briefings_v" ADD CONSTRAINT "_press_briefings_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_briefings_v_locales" ADD CONSTRAINT "_press_briefings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_briefings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_briefings_v_rels" ADD CONSTRAINT "_press_briefings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_briefings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_briefings_v_rels" ADD CONSTRAINT "_press_briefings_v_rels_spokespersons_fk" FOREIGN KEY ("spokespersons_id") REFERENCES "public"."spokespersons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_briefings_v_rels" ADD CONSTRAINT "_press_briefings_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spokespersons" ADD CONSTRAINT "spokespersons_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "files" ADD CONSTRAINT "files_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_drafts_fk" FOREIGN KEY ("drafts_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultation_responses_fk" FOREIGN KEY ("consultation_responses_id") REFERENCES "public"."consultation_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_explainers_fk" FOREIGN KEY ("explainers_id") REFERENCES "public"."explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_handbook_chapters_fk" FOREIGN KEY ("handbook_chapters_id") REFERENCES "public"."handbook_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_briefings_fk" FOREIGN KEY ("press_briefings_id") REFERENCES "public"."press_briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_spokespersons_fk" FOREIGN KEY ("spokespersons_id") REFERENCES "public"."spokespersons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_types_fk" FOREIGN KEY ("document_types_id") REFERENCES "public"."document_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "drafts_articles_order_idx" ON "drafts_articles" USING btree ("_order");
  CREATE INDEX "drafts_articles_parent_id_idx" ON "drafts_articles" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "drafts_articles_locales_locale_parent_id_unique" ON "drafts_articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "drafts_dossier_order_idx" ON "drafts_dossier" USING btree ("_order");
  CREATE INDEX "drafts_dossier_parent_id_idx" ON "drafts_dossier" USING btree ("_parent_id");
  CREATE INDEX "drafts_dossier_file_idx" ON "drafts_dossier" USING btree ("file_id");
  CREATE UNIQUE INDEX "drafts_slug_idx" ON "drafts" USING btree ("slug");
  CREATE INDEX "drafts_document_type_idx" ON "drafts" USING btree ("document_type_id");
  CREATE INDEX "drafts_drafting_agency_idx" ON "drafts" USING btree ("drafting_agency_id");
  CREATE INDEX "drafts_updated_by_idx" ON "drafts" USING btree ("updated_by_id");
  CREATE INDEX "drafts_updated_at_idx" ON "drafts" USING btree ("updated_at");
  CREATE INDEX "drafts_created_at_idx" ON "drafts" USING btree ("created_at");
  CREATE INDEX "drafts__status_idx" ON "drafts" USING btree ("_status");
  CREATE UNIQUE INDEX "drafts_locales_locale_parent_id_unique" ON "drafts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "drafts_texts_order_parent" ON "drafts_texts" USING btree ("order","parent_id");
  CREATE INDEX "drafts_texts_locale_parent" ON "drafts_texts" USING btree ("locale","parent_id");
  CREATE INDEX "drafts_rels_order_idx" ON "drafts_rels" USING btree ("order");
  CREATE INDEX "drafts_rels_parent_idx" ON "drafts_rels" USING btree ("parent_id");
  CREATE INDEX "drafts_rels_path_idx" ON "drafts_rels" USING btree ("path");
  CREATE INDEX "drafts_rels_comments_id_idx" ON "drafts_rels" USING btree ("comments_id");
  CREATE INDEX "drafts_rels_explainers_id_idx" ON "drafts_rels" USING btree ("explainers_id");
  CREATE INDEX "drafts_rels_topics_id_idx" ON "drafts_rels" USING btree ("topics_id");
  CREATE INDEX "_drafts_v_version_articles_order_idx" ON "_drafts_v_version_articles" USING btree ("_order");
  CREATE INDEX "_drafts_v_version_articles_parent_id_idx" ON "_drafts_v_version_articles" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_drafts_v_version_articles_locales_locale_parent_id_unique" ON "_drafts_v_version_articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_drafts_v_version_dossier_order_idx" ON "_drafts_v_version_dossier" USING btree ("_order");
  CREATE INDEX "_drafts_v_version_dossier_parent_id_idx" ON "_drafts_v_version_dossier" USING btree ("_parent_id");
  CREATE INDEX "_drafts_v_version_dossier_file_idx" ON "_drafts_v_version_dossier" USING btree ("file_id");
  CREATE INDEX "_drafts_v_parent_idx" ON "_drafts_v" USING btree ("parent_id");
  CREATE INDEX "_drafts_v_version_version_slug_idx" ON "_drafts_v" USING btree ("version_slug");
  CREATE INDEX "_drafts_v_version_version_document_type_idx" ON "_drafts_v" USING btree ("version_document_type_id");
  CREATE INDEX "_drafts_v_version_version_drafting_agency_idx" ON "_drafts_v" USING btree ("version_drafting_agency_id");
  CREATE INDEX "_drafts_v_version_version_updated_by_idx" ON "_drafts_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_drafts_v_version_version_updated_at_idx" ON "_drafts_v" USING btree ("version_updated_at");
  CREATE INDEX "_drafts_v_version_version_created_at_idx" ON "_drafts_v" USING btree ("version_created_at");
  CREATE INDEX "_drafts_v_version_version__status_idx" ON "_drafts_v" USING btree ("version__status");
  CREATE INDEX "_drafts_v_created_at_idx" ON "_drafts_v" USING btree ("created_at");
  CREATE INDEX "_drafts_v_updated_at_idx" ON "_drafts_v" USING btree ("updated_at");
  CREATE INDEX "_drafts_v_snapshot_idx" ON "_drafts_v" USING btree ("snapshot");
  CREATE INDEX "_drafts_v_published_locale_idx" ON "_drafts_v" USING btree ("published_locale");
  CREATE INDEX "_drafts_v_latest_idx" ON "_drafts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_drafts_v_locales_locale_parent_id_unique" ON "_drafts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_drafts_v_texts_order_parent" ON "_drafts_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_drafts_v_texts_locale_parent" ON "_drafts_v_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_drafts_v_rels_order_idx" ON "_drafts_v_rels" USING btree ("order");
  CREATE INDEX "_drafts_v_rels_parent_idx" ON "_drafts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_drafts_v_rels_path_idx" ON "_drafts_v_rels" USING btree ("path");
  CREATE INDEX "_drafts_v_rels_comments_id_idx" ON "_drafts_v_rels" USING btree ("comments_id");
  CREATE INDEX "_drafts_v_rels_explainers_id_idx" ON "_drafts_v_rels" USING btree ("explainers_id");
  CREATE INDEX "_drafts_v_rels_topics_id_idx" ON "_drafts_v_rels" USING btree ("topics_id");
  CREATE INDEX "comments_state_idx" ON "comments" USING btree ("state");
  CREATE INDEX "comments_draft_idx" ON "comments" USING btree ("draft_id");
  CREATE INDEX "comments_agency_idx" ON "comments" USING btree ("agency_id");
  CREATE UNIQUE INDEX "comments_fingerprint_idx" ON "comments" USING btree ("fingerprint");
  CREATE INDEX "comments_sent_in_surge_idx" ON "comments" USING btree ("sent_in_surge");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "consultation_responses_items_order_idx" ON "consultation_responses_items" USING btree ("_order");
  CREATE INDEX "consultation_responses_items_parent_id_idx" ON "consultation_responses_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "consultation_responses_draft_idx" ON "consultation_responses" USING btree ("draft_id");
  CREATE INDEX "consultation_responses_agency_idx" ON "consultation_responses" USING btree ("agency_id");
  CREATE INDEX "consultation_responses_updated_by_idx" ON "consultation_responses" USING btree ("updated_by_id");
  CREATE INDEX "consultation_responses_updated_at_idx" ON "consultation_responses" USING btree ("updated_at");
  CREATE INDEX "consultation_responses_created_at_idx" ON "consultation_responses" USING btree ("created_at");
  CREATE INDEX "consultation_responses__status_idx" ON "consultation_responses" USING btree ("_status");
  CREATE INDEX "consultation_responses_rels_order_idx" ON "consultation_responses_rels" USING btree ("order");
  CREATE INDEX "consultation_responses_rels_parent_idx" ON "consultation_responses_rels" USING btree ("parent_id");
  CREATE INDEX "consultation_responses_rels_path_idx" ON "consultation_responses_rels" USING btree ("path");
  CREATE INDEX "consultation_responses_rels_comments_id_idx" ON "consultation_responses_rels" USING btree ("comments_id");
  CREATE INDEX "_consultation_responses_v_version_items_order_idx" ON "_consultation_responses_v_version_items" USING btree ("_order");
  CREATE INDEX "_consultation_responses_v_version_items_parent_id_idx" ON "_consultation_responses_v_version_items" USING btree ("_parent_id");
  CREATE INDEX "_consultation_responses_v_parent_idx" ON "_consultation_responses_v" USING btree ("parent_id");
  CREATE INDEX "_consultation_responses_v_version_version_draft_idx" ON "_consultation_responses_v" USING btree ("version_draft_id");
  CREATE INDEX "_consultation_responses_v_version_version_agency_idx" ON "_consultation_responses_v" USING btree ("version_agency_id");
  CREATE INDEX "_consultation_responses_v_version_version_updated_by_idx" ON "_consultation_responses_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_consultation_responses_v_version_version_updated_at_idx" ON "_consultation_responses_v" USING btree ("version_updated_at");
  CREATE INDEX "_consultation_responses_v_version_version_created_at_idx" ON "_consultation_responses_v" USING btree ("version_created_at");
  CREATE INDEX "_consultation_responses_v_version_version__status_idx" ON "_consultation_responses_v" USING btree ("version__status");
  CREATE INDEX "_consultation_responses_v_created_at_idx" ON "_consultation_responses_v" USING btree ("created_at");
  CREATE INDEX "_consultation_responses_v_updated_at_idx" ON "_consultation_responses_v" USING btree ("updated_at");
  CREATE INDEX "_consultation_responses_v_snapshot_idx" ON "_consultation_responses_v" USING btree ("snapshot");
  CREATE INDEX "_consultation_responses_v_published_locale_idx" ON "_consultation_responses_v" USING btree ("published_locale");
  CREATE INDEX "_consultation_responses_v_latest_idx" ON "_consultation_responses_v" USING btree ("latest");
  CREATE INDEX "_consultation_responses_v_rels_order_idx" ON "_consultation_responses_v_rels" USING btree ("order");
  CREATE INDEX "_consultation_responses_v_rels_parent_idx" ON "_consultation_responses_v_rels" USING btree ("parent_id");
  CREATE INDEX "_consultation_responses_v_rels_path_idx" ON "_consultation_responses_v_rels" USING btree ("path");
  CREATE INDEX "_consultation_responses_v_rels_comments_id_idx" ON "_consultation_responses_v_rels" USING btree ("comments_id");
  CREATE UNIQUE INDEX "explainers_slug_idx" ON "explainers" USING btree ("slug");
  CREATE INDEX "explainers_hero_image_idx" ON "explainers" USING btree ("hero_image_id");
  CREATE INDEX "explainers_agency_idx" ON "explainers" USING btree ("agency_id");
  CREATE INDEX "explainers_updated_by_idx" ON "explainers" USING btree ("updated_by_id");
  CREATE INDEX "explainers_updated_at_idx" ON "explainers" USING btree ("updated_at");
  CREATE INDEX "explainers_created_at_idx" ON "explainers" USING btree ("created_at");
  CREATE INDEX "explainers__status_idx" ON "explainers" USING btree ("_status");
  CREATE INDEX "explainers_audio_idx" ON "explainers_locales" USING btree ("audio_id","_locale");
  CREATE UNIQUE INDEX "explainers_locales_locale_parent_id_unique" ON "explainers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "explainers_rels_order_idx" ON "explainers_rels" USING btree ("order");
  CREATE INDEX "explainers_rels_parent_idx" ON "explainers_rels" USING btree ("parent_id");
  CREATE INDEX "explainers_rels_path_idx" ON "explainers_rels" USING btree ("path");
  CREATE INDEX "explainers_rels_drafts_id_idx" ON "explainers_rels" USING btree ("drafts_id");
  CREATE INDEX "explainers_rels_topics_id_idx" ON "explainers_rels" USING btree ("topics_id");
  CREATE INDEX "_explainers_v_parent_idx" ON "_explainers_v" USING btree ("parent_id");
  CREATE INDEX "_explainers_v_version_version_slug_idx" ON "_explainers_v" USING btree ("version_slug");
  CREATE INDEX "_explainers_v_version_version_hero_image_idx" ON "_explainers_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_explainers_v_version_version_agency_idx" ON "_explainers_v" USING btree ("version_agency_id");
  CREATE INDEX "_explainers_v_version_version_updated_by_idx" ON "_explainers_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_explainers_v_version_version_updated_at_idx" ON "_explainers_v" USING btree ("version_updated_at");
  CREATE INDEX "_explainers_v_version_version_created_at_idx" ON "_explainers_v" USING btree ("version_created_at");
  CREATE INDEX "_explainers_v_version_version__status_idx" ON "_explainers_v" USING btree ("version__status");
  CREATE INDEX "_explainers_v_created_at_idx" ON "_explainers_v" USING btree ("created_at");
  CREATE INDEX "_explainers_v_updated_at_idx" ON "_explainers_v" USING btree ("updated_at");
  CREATE INDEX "_explainers_v_snapshot_idx" ON "_explainers_v" USING btree ("snapshot");
  CREATE INDEX "_explainers_v_published_locale_idx" ON "_explainers_v" USING btree ("published_locale");
  CREATE INDEX "_explainers_v_latest_idx" ON "_explainers_v" USING btree ("latest");
  CREATE INDEX "_explainers_v_version_version_audio_idx" ON "_explainers_v_locales" USING btree ("version_audio_id","_locale");
  CREATE UNIQUE INDEX "_explainers_v_locales_locale_parent_id_unique" ON "_explainers_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_explainers_v_rels_order_idx" ON "_explainers_v_rels" USING btree ("order");
  CREATE INDEX "_explainers_v_rels_parent_idx" ON "_explainers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_explainers_v_rels_path_idx" ON "_explainers_v_rels" USING btree ("path");
  CREATE INDEX "_explainers_v_rels_drafts_id_idx" ON "_explainers_v_rels" USING btree ("drafts_id");
  CREATE INDEX "_explainers_v_rels_topics_id_idx" ON "_explainers_v_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "handbook_chapters_slug_idx" ON "handbook_chapters" USING btree ("slug");
  CREATE INDEX "handbook_chapters_updated_by_idx" ON "handbook_chapters" USING btree ("updated_by_id");
  CREATE INDEX "handbook_chapters_updated_at_idx" ON "handbook_chapters" USING btree ("updated_at");
  CREATE INDEX "handbook_chapters_created_at_idx" ON "handbook_chapters" USING btree ("created_at");
  CREATE INDEX "handbook_chapters__status_idx" ON "handbook_chapters" USING btree ("_status");
  CREATE UNIQUE INDEX "handbook_chapters_locales_locale_parent_id_unique" ON "handbook_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_handbook_chapters_v_parent_idx" ON "_handbook_chapters_v" USING btree ("parent_id");
  CREATE INDEX "_handbook_chapters_v_version_version_slug_idx" ON "_handbook_chapters_v" USING btree ("version_slug");
  CREATE INDEX "_handbook_chapters_v_version_version_updated_by_idx" ON "_handbook_chapters_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_handbook_chapters_v_version_version_updated_at_idx" ON "_handbook_chapters_v" USING btree ("version_updated_at");
  CREATE INDEX "_handbook_chapters_v_version_version_created_at_idx" ON "_handbook_chapters_v" USING btree ("version_created_at");
  CREATE INDEX "_handbook_chapters_v_version_version__status_idx" ON "_handbook_chapters_v" USING btree ("version__status");
  CREATE INDEX "_handbook_chapters_v_created_at_idx" ON "_handbook_chapters_v" USING btree ("created_at");
  CREATE INDEX "_handbook_chapters_v_updated_at_idx" ON "_handbook_chapters_v" USING btree ("updated_at");
  CREATE INDEX "_handbook_chapters_v_snapshot_idx" ON "_handbook_chapters_v" USING btree ("snapshot");
  CREATE INDEX "_handbook_chapters_v_published_locale_idx" ON "_handbook_chapters_v" USING btree ("published_locale");
  CREATE INDEX "_handbook_chapters_v_latest_idx" ON "_handbook_chapters_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_handbook_chapters_v_locales_locale_parent_id_unique" ON "_handbook_chapters_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policy_documents_tasks_order_idx" ON "policy_documents_tasks" USING btree ("_order");
  CREATE INDEX "policy_documents_tasks_parent_id_idx" ON "policy_documents_tasks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "policy_documents_tasks_locales_locale_parent_id_unique" ON "policy_documents_tasks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policy_documents_issuing_agency_idx" ON "policy_documents" USING btree ("issuing_agency_id");
  CREATE UNIQUE INDEX "policy_documents_slug_idx" ON "policy_documents" USING btree ("slug");
  CREATE INDEX "policy_documents_updated_by_idx" ON "policy_documents" USING btree ("updated_by_id");
  CREATE INDEX "policy_documents_updated_at_idx" ON "policy_documents" USING btree ("updated_at");
  CREATE INDEX "policy_documents_created_at_idx" ON "policy_documents" USING btree ("created_at");
  CREATE INDEX "policy_documents__status_idx" ON "policy_documents" USING btree ("_status");
  CREATE UNIQUE INDEX "policy_documents_locales_locale_parent_id_unique" ON "policy_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policy_documents_rels_order_idx" ON "policy_documents_rels" USING btree ("order");
  CREATE INDEX "policy_documents_rels_parent_idx" ON "policy_documents_rels" USING btree ("parent_id");
  CREATE INDEX "policy_documents_rels_path_idx" ON "policy_documents_rels" USING btree ("path");
  CREATE INDEX "policy_documents_rels_agencies_id_idx" ON "policy_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "_policy_documents_v_version_tasks_order_idx" ON "_policy_documents_v_version_tasks" USING btree ("_order");
  CREATE INDEX "_policy_documents_v_version_tasks_parent_id_idx" ON "_policy_documents_v_version_tasks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_policy_documents_v_version_tasks_locales_locale_parent_id_u" ON "_policy_documents_v_version_tasks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policy_documents_v_parent_idx" ON "_policy_documents_v" USING btree ("parent_id");
  CREATE INDEX "_policy_documents_v_version_version_issuing_agency_idx" ON "_policy_documents_v" USING btree ("version_issuing_agency_id");
  CREATE INDEX "_policy_documents_v_version_version_slug_idx" ON "_policy_documents_v" USING btree ("version_slug");
  CREATE INDEX "_policy_documents_v_version_version_updated_by_idx" ON "_policy_documents_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_policy_documents_v_version_version_updated_at_idx" ON "_policy_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_policy_documents_v_version_version_created_at_idx" ON "_policy_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_policy_documents_v_version_version__status_idx" ON "_policy_documents_v" USING btree ("version__status");
  CREATE INDEX "_policy_documents_v_created_at_idx" ON "_policy_documents_v" USING btree ("created_at");
  CREATE INDEX "_policy_documents_v_updated_at_idx" ON "_policy_documents_v" USING btree ("updated_at");
  CREATE INDEX "_policy_documents_v_snapshot_idx" ON "_policy_documents_v" USING btree ("snapshot");
  CREATE INDEX "_policy_documents_v_published_locale_idx" ON "_policy_documents_v" USING btree ("published_locale");
  CREATE INDEX "_policy_documents_v_latest_idx" ON "_policy_documents_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_policy_documents_v_locales_locale_parent_id_unique" ON "_policy_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policy_documents_v_rels_order_idx" ON "_policy_documents_v_rels" USING btree ("order");
  CREATE INDEX "_policy_documents_v_rels_parent_idx" ON "_policy_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policy_documents_v_rels_path_idx" ON "_policy_documents_v_rels" USING btree ("path");
  CREATE INDEX "_policy_documents_v_rels_agencies_id_idx" ON "_policy_documents_v_rels" USING btree ("agencies_id");
  CREATE INDEX "press_briefings_materials_order_idx" ON "press_briefings_materials" USING btree ("_order");
  CREATE INDEX "press_briefings_materials_parent_id_idx" ON "press_briefings_materials" USING btree ("_parent_id");
  CREATE INDEX "press_briefings_materials_file_idx" ON "press_briefings_materials" USING btree ("file_id");
  CREATE UNIQUE INDEX "press_briefings_slug_idx" ON "press_briefings" USING btree ("slug");
  CREATE INDEX "press_briefings_agency_idx" ON "press_briefings" USING btree ("agency_id");
  CREATE INDEX "press_briefings_updated_by_idx" ON "press_briefings" USING btree ("updated_by_id");
  CREATE INDEX "press_briefings_updated_at_idx" ON "press_briefings" USING btree ("updated_at");
  CREATE INDEX "press_briefings_created_at_idx" ON "press_briefings" USING btree ("created_at");
  CREATE INDEX "press_briefings__status_idx" ON "press_briefings" USING btree ("_status");
  CREATE UNIQUE INDEX "press_briefings_locales_locale_parent_id_unique" ON "press_briefings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "press_briefings_rels_order_idx" ON "press_briefings_rels" USING btree ("order");
  CREATE INDEX "press_briefings_rels_parent_idx" ON "press_briefings_rels" USING btree ("parent_id");
  CREATE INDEX "press_briefings_rels_path_idx" ON "press_briefings_rels" USING btree ("path");
  CREATE INDEX "press_briefings_rels_spokespersons_id_idx" ON "press_briefings_rels" USING btree ("spokespersons_id");
  CREATE INDEX "press_briefings_rels_topics_id_idx" ON "press_briefings_rels" USING btree ("topics_id");
  CREATE INDEX "_press_briefings_v_version_materials_order_idx" ON "_press_briefings_v_version_materials" USING btree ("_order");
  CREATE INDEX "_press_briefings_v_version_materials_parent_id_idx" ON "_press_briefings_v_version_materials" USING btree ("_parent_id");
  CREATE INDEX "_press_briefings_v_version_materials_file_idx" ON "_press_briefings_v_version_materials" USING btree ("file_id");
  CREATE INDEX "_press_briefings_v_parent_idx" ON "_press_briefings_v" USING btree ("parent_id");
  CREATE INDEX "_press_briefings_v_version_version_slug_idx" ON "_press_briefings_v" USING btree ("version_slug");
  CREATE INDEX "_press_briefings_v_version_version_agency_idx" ON "_press_briefings_v" USING btree ("version_agency_id");
  CREATE INDEX "_press_briefings_v_version_version_updated_by_idx" ON "_press_briefings_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_press_briefings_v_version_version_updated_at_idx" ON "_press_briefings_v" USING btree ("version_updated_at");
  CREATE INDEX "_press_briefings_v_version_version_created_at_idx" ON "_press_briefings_v" USING btree ("version_created_at");
  CREATE INDEX "_press_briefings_v_version_version__status_idx" ON "_press_briefings_v" USING btree ("version__status");
  CREATE INDEX "_press_briefings_v_created_at_idx" ON "_press_briefings_v" USING btree ("created_at");
  CREATE INDEX "_press_briefings_v_updated_at_idx" ON "_press_briefings_v" USING btree ("updated_at");
  CREATE INDEX "_press_briefings_v_snapshot_idx" ON "_press_briefings_v" USING btree ("snapshot");
  CREATE INDEX "_press_briefings_v_published_locale_idx" ON "_press_briefings_v" USING btree ("published_locale");
  CREATE INDEX "_press_briefings_v_latest_idx" ON "_press_briefings_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_press_briefings_v_locales_locale_parent_id_unique" ON "_press_briefings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_press_briefings_v_rels_order_idx" ON "_press_briefings_v_rels" USING btree ("order");
  CREATE INDEX "_press_briefings_v_rels_parent_idx" ON "_press_briefings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_press_briefings_v_rels_path_idx" ON "_press_briefings_v_rels" USING btree ("path");
  CREATE INDEX "_press_briefings_v_rels_spokespersons_id_idx" ON "_press_briefings_v_rels" USING btree ("spokespersons_id");
  CREATE INDEX "_press_briefings_v_rels_topics_id_idx" ON "_press_briefings_v_rels" USING btree ("topics_id");
  CREATE INDEX "spokespersons_agency_idx" ON "spokespersons" USING btree ("agency_id");
  CREATE INDEX "spokespersons_updated_at_idx" ON "spokespersons" USING btree ("updated_at");
  CREATE INDEX "spokespersons_created_at_idx" ON "spokespersons" USING btree ("created_at");
  CREATE UNIQUE INDEX "agencies_name_idx" ON "agencies" USING btree ("name");
  CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_id");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE UNIQUE INDEX "document_types_name_idx" ON "document_types" USING btree ("name");
  CREATE INDEX "document_types_updated_at_idx" ON "document_types" USING btree ("updated_at");
  CREATE INDEX "document_types_created_at_idx" ON "document_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_agency_idx" ON "media" USING btree ("agency_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "files_agency_idx" ON "files" USING btree ("agency_id");
  CREATE INDEX "files_updated_at_idx" ON "files" USING btree ("updated_at");
  CREATE INDEX "files_created_at_idx" ON "files" USING btree ("created_at");
  CREATE UNIQUE INDEX "files_filename_idx" ON "files" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_agency_idx" ON "audit_log" USING btree ("agency_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_job_idx" ON "audit_log" USING btree ("job");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_drafts_id_idx" ON "payload_locked_documents_rels" USING btree ("drafts_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_consultation_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("consultation_responses_id");
  CREATE INDEX "payload_locked_documents_rels_explainers_id_idx" ON "payload_locked_documents_rels" USING btree ("explainers_id");
  CREATE INDEX "payload_locked_documents_rels_handbook_chapters_id_idx" ON "payload_locked_documents_rels" USING btree ("handbook_chapters_id");
  CREATE INDEX "payload_locked_documents_rels_policy_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_documents_id");
  CREATE INDEX "payload_locked_documents_rels_press_briefings_id_idx" ON "payload_locked_documents_rels" USING btree ("press_briefings_id");
  CREATE INDEX "payload_locked_documents_rels_spokespersons_id_idx" ON "payload_locked_documents_rels" USING btree ("spokespersons_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_document_types_id_idx" ON "payload_locked_documents_rels" USING btree ("document_types_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_files_id_idx" ON "payload_locked_documents_rels" USING btree ("files_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "drafts_articles" CASCADE;
  DROP TABLE "drafts_articles_locales" CASCADE;
  DROP TABLE "drafts_dossier" CASCADE;
  DROP TABLE "drafts" CASCADE;
  DROP TABLE "drafts_locales" CASCADE;
  DROP TABLE "drafts_texts" CASCADE;
  DROP TABLE "drafts_rels" CASCADE;
  DROP TABLE "_drafts_v_version_articles" CASCADE;
  DROP TABLE "_drafts_v_version_articles_locales" CASCADE;
  DROP TABLE "_drafts_v_version_dossier" CASCADE;
  DROP TABLE "_drafts_v" CASCADE;
  DROP TABLE "_drafts_v_locales" CASCADE;
  DROP TABLE "_drafts_v_texts" CASCADE;
  DROP TABLE "_drafts_v_rels" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "consultation_responses_items" CASCADE;
  DROP TABLE "consultation_responses" CASCADE;
  DROP TABLE "consultation_responses_rels" CASCADE;
  DROP TABLE "_consultation_responses_v_version_items" CASCADE;
  DROP TABLE "_consultation_responses_v" CASCADE;
  DROP TABLE "_consultation_responses_v_rels" CASCADE;
  DROP TABLE "explainers" CASCADE;
  DROP TABLE "explainers_locales" CASCADE;
  DROP TABLE "explainers_rels" CASCADE;
  DROP TABLE "_explainers_v" CASCADE;
  DROP TABLE "_explainers_v_locales" CASCADE;
  DROP TABLE "_explainers_v_rels" CASCADE;
  DROP TABLE "handbook_chapters" CASCADE;
  DROP TABLE "handbook_chapters_locales" CASCADE;
  DROP TABLE "_handbook_chapters_v" CASCADE;
  DROP TABLE "_handbook_chapters_v_locales" CASCADE;
  DROP TABLE "policy_documents_tasks" CASCADE;
  DROP TABLE "policy_documents_tasks_locales" CASCADE;
  DROP TABLE "policy_documents" CASCADE;
  DROP TABLE "policy_documents_locales" CASCADE;
  DROP TABLE "policy_documents_rels" CASCADE;
  DROP TABLE "_policy_documents_v_version_tasks" CASCADE;
  DROP TABLE "_policy_documents_v_version_tasks_locales" CASCADE;
  DROP TABLE "_policy_documents_v" CASCADE;
  DROP TABLE "_policy_documents_v_locales" CASCADE;
  DROP TABLE "_policy_documents_v_rels" CASCADE;
  DROP TABLE "press_briefings_materials" CASCADE;
  DROP TABLE "press_briefings" CASCADE;
  DROP TABLE "press_briefings_locales" CASCADE;
  DROP TABLE "press_briefings_rels" CASCADE;
  DROP TABLE "_press_briefings_v_version_materials" CASCADE;
  DROP TABLE "_press_briefings_v" CASCADE;
  DROP TABLE "_press_briefings_v_locales" CASCADE;
  DROP TABLE "_press_briefings_v_rels" CASCADE;
  DROP TABLE "spokespersons" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "document_types" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "files" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_drafts_dossier_kind";
  DROP TYPE "public"."enum_drafts_review_state";
  DROP TYPE "public"."enum_drafts_status";
  DROP TYPE "public"."enum__drafts_v_version_dossier_kind";
  DROP TYPE "public"."enum__drafts_v_version_review_state";
  DROP TYPE "public"."enum__drafts_v_version_status";
  DROP TYPE "public"."enum__drafts_v_published_locale";
  DROP TYPE "public"."enum_comments_state";
  DROP TYPE "public"."enum_consultation_responses_items_outcome";
  DROP TYPE "public"."enum_consultation_responses_review_state";
  DROP TYPE "public"."enum_consultation_responses_status";
  DROP TYPE "public"."enum__consultation_responses_v_version_items_outcome";
  DROP TYPE "public"."enum__consultation_responses_v_version_review_state";
  DROP TYPE "public"."enum__consultation_responses_v_version_status";
  DROP TYPE "public"."enum__consultation_responses_v_published_locale";
  DROP TYPE "public"."enum_explainers_lifecycle_stage";
  DROP TYPE "public"."enum_explainers_review_state";
  DROP TYPE "public"."enum_explainers_status";
  DROP TYPE "public"."enum__explainers_v_version_lifecycle_stage";
  DROP TYPE "public"."enum__explainers_v_version_review_state";
  DROP TYPE "public"."enum__explainers_v_version_status";
  DROP TYPE "public"."enum__explainers_v_published_locale";
  DROP TYPE "public"."enum_handbook_chapters_review_state";
  DROP TYPE "public"."enum_handbook_chapters_status";
  DROP TYPE "public"."enum__handbook_chapters_v_version_review_state";
  DROP TYPE "public"."enum__handbook_chapters_v_version_status";
  DROP TYPE "public"."enum__handbook_chapters_v_published_locale";
  DROP TYPE "public"."enum_policy_documents_kind";
  DROP TYPE "public"."enum_policy_documents_review_state";
  DROP TYPE "public"."enum_policy_documents_status";
  DROP TYPE "public"."enum__policy_documents_v_version_kind";
  DROP TYPE "public"."enum__policy_documents_v_version_review_state";
  DROP TYPE "public"."enum__policy_documents_v_version_status";
  DROP TYPE "public"."enum__policy_documents_v_published_locale";
  DROP TYPE "public"."enum_press_briefings_kind";
  DROP TYPE "public"."enum_press_briefings_review_state";
  DROP TYPE "public"."enum_press_briefings_status";
  DROP TYPE "public"."enum__press_briefings_v_version_kind";
  DROP TYPE "public"."enum__press_briefings_v_version_review_state";
  DROP TYPE "public"."enum__press_briefings_v_version_status";
  DROP TYPE "public"."enum__press_briefings_v_published_locale";
  DROP TYPE "public"."enum_agencies_kind";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
