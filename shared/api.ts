import { type ContentKind, contentKinds } from './contentKinds'
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

/** The kinds the API serves, each under its Payload collection slug as the resource name (/api/v1/handbook-chapters.json). */
const apiKinds = ['drafts', 'explainers', 'handbookChapters', 'policyDocuments'] as const satisfies readonly ContentKind[]
export type ApiKind = (typeof apiKinds)[number]
export type ApiResource = (typeof contentKinds)[ApiKind]['collection']

/** Resource name → kind. */
export const apiResources = Object.fromEntries(apiKinds.map((kind) => [contentKinds[kind].collection, kind])) as Record<ApiResource, ApiKind>
