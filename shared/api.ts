import type {
  SnapshotAgency,
  SnapshotDraft,
  SnapshotExplainer,
  SnapshotHandbookChapter,
  SnapshotPolicyDocument,
  SnapshotSpokesperson,
  SnapshotTopic,
} from './snapshot'

/** The public JSON API (static files under /api/v1/): the snapshot's public fields, plus links. */
export type ApiLinks = { url: string; api_url: string }

export type ApiDraft = SnapshotDraft & ApiLinks
export type ApiExplainer = SnapshotExplainer & ApiLinks
export type ApiHandbookChapter = SnapshotHandbookChapter & ApiLinks
export type ApiPolicyDocument = SnapshotPolicyDocument & ApiLinks

export type ApiListEntry = { id: string; slug: string; title: string; updatedAt: string } & ApiLinks

export type ApiList = { version: 1; generatedAt: string; items: ApiListEntry[] }

export type ApiDirectory = { version: 1; generatedAt: string; spokespersons: SnapshotSpokesperson[]; agencies: SnapshotAgency[]; topics: SnapshotTopic[] }

export type ApiIndex = { version: 1; generatedAt: string; resources: Record<string, string>; documentation: string }

/** The API's resources and where their items' pages live on the site. */
export const apiResources = {
  drafts: 'du-thao',
  explainers: 'bai-giai-thich',
  'handbook-chapters': 'so-tay',
  'policy-documents': 'van-ban',
} as const
