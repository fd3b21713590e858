import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { defaultLocale, locales } from '../shared/locales'
import { Agencies } from './collections/Agencies'
import { AlertSubscriptions } from './collections/AlertSubscriptions'
import { Alerts } from './collections/Alerts'
import { alertTasks } from './alerts/alertTasks'
import { alertQueue } from './alerts/recordAlerts'
import { AuditLog } from './collections/AuditLog'
import { Comments } from './collections/Comments'
import { ConsultationResponses } from './collections/ConsultationResponses'
import { DocumentTypes } from './collections/DocumentTypes'
import { Drafts } from './collections/Drafts'
import { Explainers } from './collections/Explainers'
import { Files } from './collections/Files'
import { HandbookChapters } from './collections/HandbookChapters'
import { Media } from './collections/Media'
import { PolicyDocuments } from './collections/PolicyDocuments'
import { PressBriefings } from './collections/PressBriefings'
import { Redirects } from './collections/Redirects'
import { Spokespersons } from './collections/Spokespersons'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { cmsDir } from './config/paths'
import { databaseAdapter } from './config/database'
import { vietnameseTranslations, withEditorWordsInVietnamese } from './config/translations'
import { emailAdapter } from './config/email'
import { uploadStoragePlugins } from './config/storage'
import { editorFeatures } from './fields/editorFeatures'
import { reviewFields } from './fields/reviewFields'
import { publicationStatusField } from './fields/publicationStatus'
import { healthEndpoint } from './endpoints/health'
import { oembedEndpoint } from './endpoints/oembed'
import { reportsEndpoint } from './endpoints/reports'
import { previewEndpoints } from './endpoints/preview'
import { livePreview } from './preview/livePreview'
import { siteBuildStatusEndpoint, siteSnapshotEndpoint, siteSnapshotReadEndpoint, siteSnapshotUploadEndpoint } from './endpoints/siteSnapshot'
import { SiteBuildStatus } from './globals/SiteBuildStatus'
import { spokespersonCoverageCsvEndpoint } from './endpoints/spokespersonCoverageCsv'
import { followReviewFlow } from './hooks/followReviewFlow'
import { recordScheduledPublishing, releaseAbandonedJobs } from './jobs/scheduledPublishing'
import { keepLiveContentForReviewers } from './hooks/keepLiveContentForReviewers'
import { normalizeToNFC } from './hooks/normalizeToNFC'
import { refuseUntitledDrafts } from './hooks/refuseUntitledDrafts'
import { requireCompleteForReview } from './hooks/requireCompleteForReview'
import { notifyReviewers } from './hooks/notifyReviewers'
import { publishOnlyEditedLocale } from './hooks/publishOnlyEditedLocale'
import { recordChangeInAuditLog, recordDeleteInAuditLog } from './hooks/recordInAuditLog'
import { requestSiteRebuildAfterChange, requestSiteRebuildAfterDelete } from './hooks/requestSiteRebuild'
import { payloadSecret } from './config/secret'
import { settings } from '../shared/settings'
import { contentKindKeys, contentKinds } from '../shared/contentKinds'
import { siteRoot } from '../shared/siteAddress'

// The CMS's own public origins: the session cookie counts only on requests from these (Payload's CSRF list).
const cmsOrigins = [new URL(settings().CMS_PUBLIC_URL).origin]

// Saves to these never change the public site by themselves (a comment shows only through a published response).
const notOnTheSite = new Set(['users', 'comments', 'audit-log', 'alert-subscriptions', 'alerts'])

// The review flow's buttons on every reviewed edit screen; publishing asks first and names the public address.
const reviewControls = {
  beforeDocumentControls: ['/components/ReviewActions#ReviewActions'],
  PublishButton: {
    path: '/components/ConfirmedPublishButton#ConfirmedPublishButton',
    clientProps: {
      siteRoot,
      segments: Object.fromEntries(
        contentKindKeys.filter((key) => key !== 'redirects').map((key) => [contentKinds[key].collection, contentKinds[key].segment]),
      ),
    },
  },
}

const collections = [
  Drafts,
  Comments,
  ConsultationResponses,
  Explainers,
  HandbookChapters,
  PolicyDocuments,
  PressBriefings,
  Spokespersons,
  Redirects,
  Agencies,
  DocumentTypes,
  Topics,
  Media,
  Files,
  Users,
  AlertSubscriptions,
  Alerts,
  AuditLog,
]

export default buildConfig({
  secret: payloadSecret(),
  db: databaseAdapter(),
  email: emailAdapter(),
  editor: lexicalEditor({ features: editorFeatures }),
  sharp,
  csrf: cmsOrigins,
  // Every collection stores its text as NFC before validation, so search, slugs and comparisons agree;
  // collections with drafts publish one language at a time; changes to anything public rebuild the site.
  // Collections with drafts also go through review and leave an audit trail of publishing.
  collections: collections.map((collection) => {
    const reviewed = Boolean(collection.versions)
    // No "API" tab on edit screens: editors work in the admin; developers read the documented REST API.
    const admin = { ...collection.admin, hideAPIURL: true }
    return {
      ...collection,
      admin: reviewed
        ? {
            ...admin,
            components: { ...admin.components, edit: reviewControls },
            // Our status (what the public sees, since when) in the list, where Payload's own would say "Bản nháp".
            defaultColumns: admin.defaultColumns?.map((column) => (column === '_status' ? publicationStatusField.name : column)),
          }
        : admin,
      fields: reviewed ? [publicationStatusField, ...collection.fields, ...reviewFields] : collection.fields,
      hooks: {
        ...collection.hooks,
        beforeValidate: [normalizeToNFC, ...(reviewed ? [refuseUntitledDrafts] : []), ...(collection.hooks?.beforeValidate ?? [])],
        beforeOperation: [...(reviewed ? [keepLiveContentForReviewers, publishOnlyEditedLocale] : []), ...(collection.hooks?.beforeOperation ?? [])],
        // Completeness is checked last, on what the collection's own hooks made of the data (an agency filled in, say).
        beforeChange: [...(reviewed ? [followReviewFlow] : []), ...(collection.hooks?.beforeChange ?? []), ...(reviewed ? [requireCompleteForReview] : [])],
        afterChange: [
          ...(collection.hooks?.afterChange ?? []),
          ...(reviewed ? [recordChangeInAuditLog, notifyReviewers] : []),
          ...(notOnTheSite.has(collection.slug) ? [] : [requestSiteRebuildAfterChange]),
        ],
        afterDelete: [
          ...(collection.hooks?.afterDelete ?? []),
          ...(reviewed ? [recordDeleteInAuditLog] : []),
          ...(notOnTheSite.has(collection.slug) ? [] : [requestSiteRebuildAfterDelete]),
        ],
      },
    }
  }),
  localization: {
    locales: locales.map((locale) => ({ code: locale.code, label: locale.label, fallbackLocale: defaultLocale })),
    defaultLocale,
    fallback: true,
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi', translations: { vi: vietnameseTranslations } },
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Truyền thông chính sách' },
    // Payload's own avatar, not Gravatar's: the admin calls no host but the CMS (a government network reaches none).
    avatar: 'default',
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.resolve(cmsDir, 'app/(payload)/admin/importMap.js'),
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
    livePreview,
    // Editors schedule in Vietnam time, the only zone offered (Payload then selects it by default).
    timezones: { supportedTimezones: [{ label: '(UTC+07:00) Giờ Việt Nam', value: 'Asia/Ho_Chi_Minh' }], defaultTimezone: 'Asia/Ho_Chi_Minh' },
    components: {
      providers: ['/components/VietnameseEverywhere#VietnameseEverywhere'],
      afterNavLinks: ['/components/CoverageNavLink#CoverageNavLink'],
      beforeDashboard: [
        '/components/ToDoPanel#ToDoPanel',
        '/components/ReviewQueuePanel#ReviewQueuePanel',
        '/components/SiteBuildStatusPanel#SiteBuildStatusPanel',
      ],
      views: { spokespersonCoverage: { Component: '/components/SpokespersonCoverageView#SpokespersonCoverageView', path: '/do-phu-nguoi-phat-ngon' } },
    },
  },
  // GraphQL is off: the REST and Local APIs are the only ways in, so one set of access rules is tested.
  graphQL: { disable: true },
  endpoints: [
    healthEndpoint,
    oembedEndpoint,
    reportsEndpoint,
    siteSnapshotEndpoint,
    siteSnapshotReadEndpoint,
    siteSnapshotUploadEndpoint,
    siteBuildStatusEndpoint,
    spokespersonCoverageCsvEndpoint,
    ...previewEndpoints,
  ],
  globals: [SiteBuildStatus],
  upload: { limits: { fileSize: 30 * 1024 * 1024 } },
  jobs: {
    tasks: alertTasks,
    // Scheduled publishing, and e-mail alerts in a queue of their own: the CMS server runs due jobs every minute.
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 20 },
      { cron: '* * * * *', queue: alertQueue, limit: 10 },
    ],
    // Only the CMS server runs jobs (npm start marks it): a script that boots Payload at the same minute (export,
    // seed, restore) would otherwise run a due publish a second time.
    shouldAutoRun: () => settings().TTCS_RUNS_JOBS && settings().PAYLOAD_JOBS_AUTORUN,
  },
  onInit: async (payload) => {
    recordScheduledPublishing(payload)
    if (settings().TTCS_RUNS_JOBS) {
      const released = await releaseAbandonedJobs(payload)
      if (released) payload.logger.warn(`${released} scheduled job(s) left running by a stopped process will run again`)
    }
  },
  typescript: { outputFile: path.resolve(cmsDir, 'payload-types.ts'), autoGenerate: false },
  plugins: uploadStoragePlugins(),
  telemetry: false,
}).then(withEditorWordsInVietnamese)
