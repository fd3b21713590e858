import { type CollectionKey, getCollection } from 'astro:content'
import { consultationStatus, type ConsultationStatus } from '../../../shared/consultationStatus'
import type * as S from '../../../shared/snapshot'
import { toSlug } from '../../../shared/toSlug'
import { inBuildScope } from './buildScope'
import { perBuild } from './perBuild'

export type Site = {
  drafts: S.SnapshotDraft[]
  explainers: S.SnapshotExplainer[]
  chapters: S.SnapshotHandbookChapter[]
  documents: S.SnapshotPolicyDocument[]
  briefings: S.SnapshotPressBriefing[]
  agencies: S.SnapshotAgency[]
  topics: S.SnapshotTopic[]
  documentTypes: S.SnapshotDocumentType[]
  spokespersons: S.SnapshotSpokesperson[]
  /** The documents whose own pages this build renders (all, except in a targeted rebuild after a publish). */
  pages: Pick<Site, 'drafts' | 'explainers' | 'chapters' | 'documents' | 'briefings'>
  agency: (id: string) => S.SnapshotAgency
  topic: (id: string) => S.SnapshotTopic | undefined
  documentType: (id: string) => S.SnapshotDocumentType | undefined
  draft: (id: string) => S.SnapshotDraft | undefined
  explainer: (id: string) => S.SnapshotExplainer | undefined
  /** The status of a draft when the site is built; a small script updates it in the browser. */
  statusOf: (draft: S.SnapshotDraft) => ConsultationStatus
  builtAt: Date
}

async function all<T>(name: CollectionKey): Promise<T[]> {
  return (await getCollection(name)).map((entry) => entry.data as T)
}

const byDateDesc = <T extends { updatedAt: string }>(a: T, b: T) => b.updatedAt.localeCompare(a.updatedAt)

/** Everything in the published snapshot, typed and indexed, loaded once per build. */
export const loadSite = perBuild(async (): Promise<Site> => {
  const [drafts, explainers, chapters, documents, briefings, agencies, topics, documentTypes, spokespersons] = await Promise.all([
    all<S.SnapshotDraft>('drafts'),
    all<S.SnapshotExplainer>('explainers'),
    all<S.SnapshotHandbookChapter>('handbookChapters'),
    all<S.SnapshotPolicyDocument>('policyDocuments'),
    all<S.SnapshotPressBriefing>('pressBriefings'),
    all<S.SnapshotAgency>('agencies'),
    all<S.SnapshotTopic>('topics'),
    all<S.SnapshotDocumentType>('documentTypes'),
    all<S.SnapshotSpokesperson>('spokespersons'),
  ])
  const index = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]))
  // Pages look documents up by ID many times per build: maps, not scans.
  const agencyIndex = index(agencies)
  const topicIndex = index(topics)
  const typeIndex = index(documentTypes)
  const draftIndex = index(drafts)
  const explainerIndex = index(explainers)
  const builtAt = new Date()
  drafts.sort((a, b) => b.opensAt.localeCompare(a.opensAt))
  explainers.sort(byDateDesc)
  chapters.sort((a, b) => a.order - b.order)
  documents.sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
  briefings.sort((a, b) => b.heldAt.localeCompare(a.heldAt))
  return {
    drafts,
    explainers,
    chapters,
    documents,
    briefings,
    pages: {
      drafts: inBuildScope('drafts', drafts),
      explainers: inBuildScope('explainers', explainers),
      chapters: inBuildScope('handbookChapters', chapters),
      documents: inBuildScope('policyDocuments', documents),
      briefings: inBuildScope('pressBriefings', briefings),
    },
    agencies: agencies.sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    topics,
    documentTypes,
    spokespersons,
    agency: (id) => agencyIndex.get(id) ?? { id, name: 'Cơ quan không còn trong danh mục', kind: 'other' },
    topic: (id) => topicIndex.get(id),
    documentType: (id) => typeIndex.get(id),
    draft: (id) => draftIndex.get(id),
    explainer: (id) => explainerIndex.get(id),
    statusOf: (draft) => consultationStatus({ opensAt: draft.opensAt, closesAt: draft.closesAt, isIssued: Boolean(draft.numberAndSymbol), hasPublishedResponse: draft.responded }, builtAt),
    builtAt,
  }
})

/** The URL slug of an agency, from its name ("Sở Tư pháp" → "so-tu-phap"). */
export const agencySlug = (agency: S.SnapshotAgency): string => toSlug(agency.name)
