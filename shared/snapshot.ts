import { z } from 'zod'
import { responseOutcomes } from './comments'
import type { ContentKind } from './contentKinds'
import { type LocaleCode, localeCodes } from './locales'

/**
 * The published snapshot: the one boundary between the CMS and everything public. It holds published
 * documents only, with rich text already rendered to safe HTML, and nothing personal about users or commenters.
 * Written as schemas, so that the site checks what it reads (`snapshotSchema`) and the types follow from them.
 */

/** Per-language editions of a document: only the languages that really have one (Vietnamese always). */
export type Editions<T> = Partial<Record<LocaleCode, T>> & { vi: T }

const editions = <T extends z.ZodType>(edition: T) =>
  z.object(Object.fromEntries(localeCodes.map((code) => [code, code === 'vi' ? edition : edition.optional()]))) as unknown as z.ZodType<Editions<z.infer<T>>>

const id = z.string().min(1)
const ids = z.array(id)
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slug (a-z, 0-9, -)')
/** An ISO 8601 date or date and time. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'expected an ISO 8601 date')
const outcome = z.enum(Object.keys(responseOutcomes) as [keyof typeof responseOutcomes, ...(keyof typeof responseOutcomes)[]])
/** An article number, or null for the draft as a whole. */
const article = z.number().int().min(1).nullable()

export const snapshotFileSchema = z.object({
  id,
  title: z.string(),
  filename: z.string().min(1),
  mimeType: z.string(),
  bytes: z.number().int().min(0),
  path: z.string(),
})
export type SnapshotFile = z.infer<typeof snapshotFileSchema>

export const snapshotImageSchema = z.object({
  id,
  filename: z.string().min(1),
  mimeType: z.string(),
  width: z.number(),
  height: z.number(),
  path: z.string(),
  alt: editions(z.string()),
})
export type SnapshotImage = z.infer<typeof snapshotImageSchema>

export const snapshotAgencySchema = z.object({
  id,
  name: z.string().min(1),
  shortName: z.string().optional(),
  kind: z.string(),
  parentId: id.optional(),
  website: z.string().optional(),
  /** Set on an agency that no longer exists (kept so that what it issued still names its issuer). */
  ceasedOn: z.string().optional(),
  successorId: id.optional(),
})
export type SnapshotAgency = z.infer<typeof snapshotAgencySchema>

export const snapshotTopicSchema = z.object({ id, slug, name: editions(z.string()) })
export type SnapshotTopic = z.infer<typeof snapshotTopicSchema>

export const snapshotDocumentTypeSchema = z.object({ id, name: z.string().min(1), minimumConsultationDays: z.number().int().min(0) })
export type SnapshotDocumentType = z.infer<typeof snapshotDocumentTypeSchema>

const articleSchema = z.object({ number: z.number().int(), heading: z.string(), body: z.string() })
export type SnapshotArticle = z.infer<typeof articleSchema>

/** Comments on a draft counted for its published response: valid ones by article, answered ones by outcome. */
const countsSchema = z.object({
  total: z.number().int().min(0),
  byArticle: z.array(z.object({ article, count: z.number().int().min(0) })),
  byOutcome: z.record(outcome, z.number().int().min(0)),
})
export type ConsultationCounts = z.infer<typeof countsSchema>

/** A comment whose author allowed its text to be published, with the response items (1-based) that answer it. */
const publicCommentSchema = z.object({ id, article, text: z.string(), receivedAt: isoDate, answeredBy: z.array(z.number().int().min(1)) })
export type PublicComment = z.infer<typeof publicCommentSchema>

/** The published summary, explanation and acceptance of comments (bản tổng hợp, giải trình, tiếp thu). */
const consultationResponseSchema = z.object({
  title: z.string(),
  intro: z.string().optional(),
  updatedAt: isoDate,
  items: z.array(z.object({ article, outcome, explanation: z.string(), commentIds: ids })),
  counts: countsSchema,
  comments: z.array(publicCommentSchema),
})
export type SnapshotConsultationResponse = z.infer<typeof consultationResponseSchema>

export const snapshotDraftSchema = z.object({
  id,
  slug,
  /** Slugs it was published under before; the site redirects them to the current one. */
  formerSlugs: z.array(slug).optional(),
  documentTypeId: id,
  draftingAgencyId: id,
  opensAt: isoDate,
  closesAt: isoDate,
  numberAndSymbol: z.string().optional(),
  issuedAt: isoDate.optional(),
  topicIds: ids,
  relatedExplainerIds: ids,
  dossier: z.array(z.object({ kind: z.string(), file: snapshotFileSchema })),
  updatedAt: isoDate,
  /** The drafting body has marked the consultation answered (only possible with a published response). */
  responded: z.boolean(),
  response: consultationResponseSchema.optional(),
  /** The previous published version (dự thảo lần trước), for the article-by-article changes. */
  previousVersion: z.object({ label: z.string(), articles: z.array(articleSchema) }).optional(),
  /** Article number → the comments editors recorded as the reason for changing it. */
  changesPromptedBy: z.record(z.string(), ids),
  editions: editions(
    z.object({
      title: z.string().min(1),
      versionLabel: z.string().optional(),
      summary: z.string(),
      /** Above the articles: issuing body, number line, document name and legal bases. */
      preamble: z.string().optional(),
      articles: z.array(articleSchema),
      /** After the articles: the adoption or signature clause. */
      closing: z.string().optional(),
      affectedGroups: z.array(z.string()),
    }),
  ),
})
export type SnapshotDraft = z.infer<typeof snapshotDraftSchema>

export const snapshotExplainerSchema = z.object({
  id,
  slug,
  /** Slugs it was published under before; the site redirects them to the current one. */
  formerSlugs: z.array(slug).optional(),
  /** Languages it had an edition in before (withdrawn); the site sends their addresses to the Vietnamese page. */
  formerEditions: z.array(z.enum(localeCodes)).optional(),
  lifecycleStage: z.string(),
  agencyId: id,
  topicIds: ids,
  relatedDraftIds: ids,
  heroImage: snapshotImageSchema.optional(),
  updatedAt: isoDate,
  editions: editions(
    z.object({
      title: z.string().min(1),
      lead: z.string(),
      bodyHtml: z.string(),
      radioScript: z.string().optional(),
      audio: snapshotFileSchema.optional(),
      isReferenceOnly: z.boolean(),
      translation: z
        .object({ orthography: z.string().optional(), translator: z.string().optional(), note: z.string().optional(), sample: z.boolean().optional() })
        .optional(),
    }),
  ),
})
export type SnapshotExplainer = z.infer<typeof snapshotExplainerSchema>

export const snapshotHandbookChapterSchema = z.object({
  id,
  slug,
  /** Slugs it was published under before; the site redirects them to the current one. */
  formerSlugs: z.array(slug).optional(),
  /** Languages it had an edition in before (withdrawn); the site sends their addresses to the Vietnamese page. */
  formerEditions: z.array(z.enum(localeCodes)).optional(),
  edition: z.string(),
  order: z.number(),
  updatedAt: isoDate,
  /** The images the chapter's text shows (in its HTML as <img data-image-id>). */
  images: z.array(snapshotImageSchema),
  editions: editions(z.object({ title: z.string().min(1), summary: z.string().optional(), bodyHtml: z.string() })),
})
export type SnapshotHandbookChapter = z.infer<typeof snapshotHandbookChapterSchema>

const taskSchema = z.object({
  code: z.string().optional(),
  title: z.string(),
  /** The plan gives this task no title of its own: the title is an editor's, the content is the plan's text. */
  titleIsEditorial: z.boolean().optional(),
  content: z.string().optional(),
  leadAgencyIds: ids,
  leadNote: z.string().optional(),
  coordinatingAgencyIds: ids,
  coordinationNote: z.string().optional(),
  timing: z.string(),
})
export type SnapshotTask = z.infer<typeof taskSchema>

export const snapshotPolicyDocumentSchema = z.object({
  id,
  slug,
  /** Slugs it was published under before; the site redirects them to the current one. */
  formerSlugs: z.array(slug).optional(),
  kind: z.string(),
  numberAndSymbol: z.string(),
  issuedAt: isoDate,
  issuingAgencyId: id,
  updatedAt: isoDate,
  editions: editions(
    z.object({
      title: z.string().min(1),
      bodyHtml: z.string(),
      /** Headings of the plan's numbered groups of tasks ("2" over 2.a, 2.b…), as the plan words them. */
      taskGroups: z.array(z.object({ code: z.string(), title: z.string() })),
      tasks: z.array(taskSchema),
    }),
  ),
})
export type SnapshotPolicyDocument = z.infer<typeof snapshotPolicyDocumentSchema>

export const snapshotSpokespersonSchema = z.object({
  id,
  agencyId: id,
  fullName: z.string().min(1),
  position: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  appointingDecision: z.string().optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  isDemo: z.boolean(),
})
export type SnapshotSpokesperson = z.infer<typeof snapshotSpokespersonSchema>

export const snapshotPressBriefingSchema = z.object({
  id,
  slug,
  /** Slugs it was published under before; the site redirects them to the current one. */
  formerSlugs: z.array(slug).optional(),
  kind: z.string(),
  heldAt: isoDate,
  agencyId: id,
  spokespersonIds: ids,
  topicIds: ids,
  materials: z.array(snapshotFileSchema),
  updatedAt: isoDate,
  editions: editions(z.object({ title: z.string().min(1), location: z.string().optional(), summary: z.string() })),
})
export type SnapshotPressBriefing = z.infer<typeof snapshotPressBriefingSchema>

/** An address an editor moved by hand: both are paths inside the site ("co-quan/so-y-te/"). */
export const snapshotRedirectSchema = z.object({ id, from: z.string().min(1), to: z.string() })
export type SnapshotRedirect = z.infer<typeof snapshotRedirectSchema>

/** One schema per kind of content (shared/contentKinds.ts), for the items of its JSON file. */
export const snapshotItemSchemas = {
  agencies: snapshotAgencySchema,
  topics: snapshotTopicSchema,
  documentTypes: snapshotDocumentTypeSchema,
  drafts: snapshotDraftSchema,
  explainers: snapshotExplainerSchema,
  handbookChapters: snapshotHandbookChapterSchema,
  policyDocuments: snapshotPolicyDocumentSchema,
  pressBriefings: snapshotPressBriefingSchema,
  spokespersons: snapshotSpokespersonSchema,
  redirects: snapshotRedirectSchema,
} satisfies Record<ContentKind, z.ZodType>

export type SnapshotManifest = { exportedAt: string; locales: LocaleCode[]; counts: Record<string, number> }

export type SnapshotContent = { [Kind in ContentKind]: z.infer<(typeof snapshotItemSchemas)[Kind]>[] }

export type Snapshot = { manifest: SnapshotManifest } & SnapshotContent

/** Thrown when a snapshot file is not what the site expects; says which item and field. */
export class SnapshotError extends Error {}

/** The items of one snapshot file, checked: a broken export stops the build with the item and field at fault. */
export function parseSnapshotItems<Kind extends ContentKind>(kind: Kind, items: unknown): SnapshotContent[Kind] {
  // Checked, not copied: the items go on as they were read (a parse would copy a snapshot of 150 MB).
  const result = z.array(snapshotItemSchemas[kind]).safeParse(items)
  if (result.success) return items as SnapshotContent[Kind]
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const [index, ...field] = issue.path
    const item = typeof index === 'number' && Array.isArray(items) ? (items[index] as { id?: unknown } | undefined) : undefined
    return `  ${kind}[${String(index)}]${item?.id ? ` (id ${String(item.id)})` : ''} ${field.join('.')}: ${issue.message}`
  })
  throw new SnapshotError(
    `The published snapshot is not what the site expects (${result.error.issues.length} ${result.error.issues.length === 1 ? 'problem' : 'problems'}):\n${problems.join('\n')}`,
  )
}
