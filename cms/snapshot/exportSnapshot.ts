import path from 'node:path'
import type { Payload } from 'payload'
import { type ContentKind, contentKindKeys, contentKinds } from '../../shared/contentKinds'
import { localeCodes, type LocaleCode } from '../../shared/locales'
import type { Snapshot, SnapshotFile, SnapshotImage } from '../../shared/snapshot'
import { findPublished } from './findPublished'
import { formerAddresses } from './formerAddresses'
import { editionLocales, inLocale } from './localized'
import * as to from './toSnapshot'
import type { LooseDocument } from './looseDocument'
import { type SnapshotUpload, writeSnapshotFolder } from './snapshotFolder'
import { copyUpload } from './uploadBytes'
import { settings } from '../../shared/settings'

/** The snapshot folder the site reads; `SNAPSHOT_DIR` moves it. */
export const snapshotDir = path.resolve(settings().SNAPSHOT_DIR)

/** Reads every published document as an anonymous reader and returns the snapshot with the uploads it refers to. */
export async function readSnapshot(payload: Payload): Promise<{ snapshot: Snapshot; uploads: (SnapshotUpload & { doc: LooseDocument })[] }> {
  const [found, responses] = await Promise.all([
    Promise.all(contentKindKeys.map(async (kind) => [kind, await findPublished(payload, contentKinds[kind].collection)] as const)),
    findPublished(payload, 'consultation-responses'),
  ])
  const { agencies, topics, documentTypes, drafts, explainers, handbookChapters, policyDocuments, pressBriefings, spokespersons, redirects } =
    Object.fromEntries(found) as Record<ContentKind, LooseDocument[]>
  // Only uploads that a published document refers to leave the CMS.
  const fileIds = new Set<string>()
  for (const draft of drafts) for (const item of draft.dossier ?? []) fileIds.add(String(item.file))
  // A recording leaves only with an edition that is public (a withdrawn edition's stays in the CMS).
  for (const explainer of explainers)
    for (const locale of editionLocales(explainer.title, explainer.editionWithdrawn)) {
      const audio = inLocale(explainer.audio, locale)
      if (audio) fileIds.add(String(audio))
    }
  for (const briefing of pressBriefings) for (const item of briefing.materials ?? []) fileIds.add(String(item.file))
  const imageIds = new Set([
    ...explainers.flatMap((explainer) => (explainer.heroImage ? [String(explainer.heroImage)] : [])),
    ...handbookChapters.flatMap((chapter) => to.richTextImageIds(chapter.body)),
  ])
  const files = await findUploads(payload, 'files', fileIds)
  const media = await findUploads(payload, 'media', imageIds)
  const fileMap = new Map<string, SnapshotFile>(files.map((doc) => [String(doc.id), to.toFile(doc)]))
  const imageMap = new Map<string, SnapshotImage>(media.map((doc) => [String(doc.id), to.toImage(doc)]))
  const responseMap = new Map(responses.map((doc) => [String(doc.draft), to.toConsultationResponse(doc)]))

  const snapshot: Snapshot = {
    manifest: { exportedAt: new Date().toISOString(), locales: localeCodes, counts: {} },
    agencies: agencies.map(to.toAgency),
    topics: topics.map(to.toTopic),
    documentTypes: documentTypes.map(to.toDocumentType),
    drafts: drafts.map((doc) => to.toDraft(doc, fileMap, responseMap.get(String(doc.id)))),
    explainers: explainers.map((doc) => to.toExplainer(doc, fileMap, imageMap)),
    handbookChapters: handbookChapters.map((doc) => to.toHandbookChapter(doc, imageMap)).sort((a, b) => a.order - b.order),
    policyDocuments: policyDocuments.map(to.toPolicyDocument),
    pressBriefings: pressBriefings.map((doc) => to.toPressBriefing(doc, fileMap)).sort((a, b) => b.heldAt.localeCompare(a.heldAt)),
    spokespersons: spokespersons.map(to.toSpokesperson),
    redirects: redirects.map(to.toRedirect),
  }
  // Each page's former addresses, so that the site keeps them working (redirects): earlier slugs, withdrawn editions.
  const paged = { drafts, explainers, handbookChapters, policyDocuments, pressBriefings }
  for (const [kind, docs] of Object.entries(paged) as [keyof typeof paged, LooseDocument[]][]) {
    const former = await formerAddresses(payload, contentKinds[kind].collection, docs)
    for (const item of snapshot[kind] as { id: string; formerSlugs?: string[]; formerEditions?: LocaleCode[] }[]) {
      const { slugs = [], editions = [] } = former.get(item.id) ?? {}
      if (slugs.length > 0) item.formerSlugs = slugs
      // Only explainers and handbook chapters have pages in other languages.
      if (editions.length > 0 && (kind === 'explainers' || kind === 'handbookChapters')) item.formerEditions = editions
    }
  }
  for (const [key, value] of Object.entries(snapshot)) if (Array.isArray(value)) snapshot.manifest.counts[key] = value.length
  const upload = (collection: 'files' | 'media') => (doc: LooseDocument) => ({
    collection,
    filename: String(doc.filename),
    bytes: Number(doc.filesize ?? 0),
    doc,
  })
  const uploads = [...files.map(upload('files')), ...media.map(upload('media'))]
  return { snapshot, uploads }
}

/**
 * The uploads with these IDs, all of them referred to by published documents. Uploads are never readable
 * anonymously, so this read alone skips access control: the IDs come from what an anonymous reader was shown.
 */
export async function findUploads(payload: Payload, collection: 'files' | 'media', ids: Set<string>) {
  if (ids.size === 0) return []
  const result = await payload.find({ collection, overrideAccess: true, locale: 'all', depth: 0, pagination: false, where: { id: { in: [...ids] } } })
  return result.docs as unknown as LooseDocument[]
}

/** Writes the snapshot of this CMS, with its uploads read through Payload (disk or object storage), into the snapshot folder. */
export async function exportSnapshot(payload: Payload, target = snapshotDir): Promise<Snapshot> {
  const { snapshot, uploads } = await readSnapshot(payload)
  // writeSnapshotFolder hands back the uploads it was given, each with its document (for the storage adapter).
  await writeSnapshotFolder(target, snapshot, uploads, (upload, to) => copyUpload(payload, upload, to))
  return snapshot
}
