import { consultationStatus, type ConsultationStatus } from '../../../shared/consultationStatus'
import type * as S from '../../../shared/snapshot'
import { inBuildScope } from './buildScope'
import type { PagedKind } from '../../publish/scope'
import type { SnapshotContent } from './snapshotContent'

export type Site = {
  drafts: S.SnapshotDraft[]
  explainers: S.SnapshotExplainer[]
  handbookChapters: S.SnapshotHandbookChapter[]
  policyDocuments: S.SnapshotPolicyDocument[]
  pressBriefings: S.SnapshotPressBriefing[]
  agencies: S.SnapshotAgency[]
  topics: S.SnapshotTopic[]
  documentTypes: S.SnapshotDocumentType[]
  spokespersons: S.SnapshotSpokesperson[]
  /** The documents whose own pages this build renders (all, except in a targeted rebuild after a publish). */
  pages: Pick<Site, PagedKind>
  agency: (id: string) => S.SnapshotAgency
  topic: (id: string) => S.SnapshotTopic | undefined
  documentType: (id: string) => S.SnapshotDocumentType | undefined
  draft: (id: string) => S.SnapshotDraft | undefined
  explainer: (id: string) => S.SnapshotExplainer | undefined
  /** The status of a draft when the site is built; a small script updates it in the browser. */
  statusOf: (draft: S.SnapshotDraft) => ConsultationStatus
  builtAt: Date
}

const byDateDesc = <T extends { updatedAt: string }>(a: T, b: T) => b.updatedAt.localeCompare(a.updatedAt)

/** The published snapshot as pages use it: sorted, indexed by ID, with the documents this build renders pages for. */
export function siteFrom(content: SnapshotContent): Site {
  const { drafts, explainers, handbookChapters, policyDocuments, pressBriefings, agencies, topics, documentTypes, spokespersons } = content
  const index = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]))
  // Pages look documents up by ID many times per build: maps, not scans.
  const agencyIndex = index(agencies)
  const topicIndex = index(topics)
  const typeIndex = index(documentTypes)
  const draftIndex = index(drafts)
  const explainerIndex = index(explainers)
  const builtAt = new Date()
  // Sorted copies: the snapshot may be shared with other steps of the build.
  const sorted = {
    drafts: drafts.toSorted((a, b) => b.opensAt.localeCompare(a.opensAt)),
    explainers: explainers.toSorted(byDateDesc),
    handbookChapters: handbookChapters.toSorted((a, b) => a.order - b.order),
    policyDocuments: policyDocuments.toSorted((a, b) => b.issuedAt.localeCompare(a.issuedAt)),
    pressBriefings: pressBriefings.toSorted((a, b) => b.heldAt.localeCompare(a.heldAt)),
  }
  return {
    ...sorted,
    pages: {
      drafts: inBuildScope('drafts', sorted.drafts),
      explainers: inBuildScope('explainers', sorted.explainers),
      handbookChapters: inBuildScope('handbookChapters', sorted.handbookChapters),
      policyDocuments: inBuildScope('policyDocuments', sorted.policyDocuments),
      pressBriefings: inBuildScope('pressBriefings', sorted.pressBriefings),
    },
    agencies: agencies.toSorted((a, b) => a.name.localeCompare(b.name, 'vi')),
    topics,
    documentTypes,
    spokespersons,
    agency: (id) => agencyIndex.get(id) ?? { id, name: 'Cơ quan không còn trong danh mục', kind: 'other' },
    topic: (id) => topicIndex.get(id),
    documentType: (id) => typeIndex.get(id),
    draft: (id) => draftIndex.get(id),
    explainer: (id) => explainerIndex.get(id),
    statusOf: (draft) =>
      consultationStatus(
        { opensAt: draft.opensAt, closesAt: draft.closesAt, isIssued: Boolean(draft.numberAndSymbol), hasPublishedResponse: draft.responded },
        builtAt,
      ),
    builtAt,
  }
}
