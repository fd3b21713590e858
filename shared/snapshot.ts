import type { ResponseOutcome } from './comments'
import type { LocaleCode } from './locales'

/**
 * The published snapshot: the one boundary between the CMS and everything public. It holds published
 * documents only, with rich text already rendered to safe HTML, and nothing personal about users or commenters.
 */

/** Per-language editions of a document: only the languages that really have one (Vietnamese always). */
export type Editions<T> = Partial<Record<LocaleCode, T>> & { vi: T }

export type SnapshotFile = { id: string; title: string; filename: string; mimeType: string; bytes: number; path: string }

export type SnapshotImage = {
  id: string
  filename: string
  mimeType: string
  width: number
  height: number
  path: string
  alt: Editions<string>
}

export type SnapshotAgency = { id: string; name: string; shortName?: string; kind: string; parentId?: string; website?: string }

export type SnapshotTopic = { id: string; slug: string; name: Editions<string> }

export type SnapshotDocumentType = { id: string; name: string; minimumConsultationDays: number }

export type SnapshotArticle = { number: number; heading: string; body: string }

/** Comments on a draft counted for its published response: valid ones by article, answered ones by outcome. */
export type ConsultationCounts = { total: number; byArticle: { article: number | null; count: number }[]; byOutcome: Record<ResponseOutcome, number> }

/** A comment whose author allowed its text to be published, with the response items (1-based) that answer it. */
export type PublicComment = { id: string; article: number | null; text: string; receivedAt: string; answeredBy: number[] }

/** The published summary, explanation and acceptance of comments (bản tổng hợp, giải trình, tiếp thu). */
export type SnapshotConsultationResponse = {
  title: string
  intro?: string
  updatedAt: string
  items: { article: number | null; outcome: ResponseOutcome; explanation: string; commentIds: string[] }[]
  counts: ConsultationCounts
  comments: PublicComment[]
}

export type SnapshotDraft = {
  id: string
  slug: string
  documentTypeId: string
  draftingAgencyId: string
  opensAt: string
  closesAt: string
  numberAndSymbol?: string
  issuedAt?: string
  topicIds: string[]
  relatedExplainerIds: string[]
  dossier: { kind: string; file: SnapshotFile }[]
  updatedAt: string
  /** The drafting body has marked the consultation answered (only possible with a published response). */
  responded: boolean
  response?: SnapshotConsultationResponse
  /** The previous published version (dự thảo lần trước), for the article-by-article changes. */
  previousVersion?: { label: string; articles: SnapshotArticle[] }
  /** Article number → the comments editors recorded as the reason for changing it. */
  changesPromptedBy: Record<string, string[]>
  editions: Editions<{ title: string; versionLabel?: string; summary: string; articles: SnapshotArticle[]; affectedGroups: string[] }>
}

export type SnapshotExplainer = {
  id: string
  slug: string
  lifecycleStage: string
  agencyId: string
  topicIds: string[]
  relatedDraftIds: string[]
  heroImage?: SnapshotImage
  updatedAt: string
  editions: Editions<{
    title: string
    lead: string
    bodyHtml: string
    radioScript?: string
    audio?: SnapshotFile
    isReferenceOnly: boolean
    translation?: { orthography?: string; translator?: string; note?: string }
  }>
}

export type SnapshotHandbookChapter = {
  id: string
  slug: string
  edition: string
  order: number
  updatedAt: string
  /** The images the chapter's text shows (in its HTML as <img data-image-id>). */
  images: SnapshotImage[]
  editions: Editions<{ title: string; summary?: string; bodyHtml: string }>
}

export type SnapshotTask = {
  code?: string
  title: string
  content?: string
  leadAgencyIds: string[]
  leadNote?: string
  coordinatingAgencyIds: string[]
  coordinationNote?: string
  timing: string
}

export type SnapshotPolicyDocument = {
  id: string
  slug: string
  kind: string
  numberAndSymbol: string
  issuedAt: string
  issuingAgencyId: string
  updatedAt: string
  editions: Editions<{ title: string; bodyHtml: string; tasks: SnapshotTask[] }>
}

export type SnapshotSpokesperson = {
  id: string
  agencyId: string
  fullName: string
  position: string
  phone?: string
  email?: string
  appointingDecision?: string
  since?: string
  until?: string
  isDemo: boolean
}

export type SnapshotPressBriefing = {
  id: string
  slug: string
  kind: string
  heldAt: string
  agencyId: string
  spokespersonIds: string[]
  topicIds: string[]
  materials: SnapshotFile[]
  updatedAt: string
  editions: Editions<{ title: string; location?: string; summary: string }>
}

export type SnapshotManifest = { exportedAt: string; locales: LocaleCode[]; counts: Record<string, number> }

export type Snapshot = {
  manifest: SnapshotManifest
  agencies: SnapshotAgency[]
  topics: SnapshotTopic[]
  documentTypes: SnapshotDocumentType[]
  drafts: SnapshotDraft[]
  explainers: SnapshotExplainer[]
  handbookChapters: SnapshotHandbookChapter[]
  policyDocuments: SnapshotPolicyDocument[]
  pressBriefings: SnapshotPressBriefing[]
  spokespersons: SnapshotSpokesperson[]
}
