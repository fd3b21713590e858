import type { FlattenedField, Payload } from 'payload'
import { contentKinds } from '../../shared/contentKinds'
import type { PagedKind } from '../../site/publish/scope'
import type { SnapshotFile, SnapshotImage } from '../../shared/snapshot'
import { findUploads } from '../snapshot/exportSnapshot'
import type { LooseDocument } from '../snapshot/looseDocument'
import * as to from '../snapshot/toSnapshot'

/** The kinds an editor previews as their public page, by the collection they are edited in. */
export const previewedKinds = ['drafts', 'explainers', 'handbookChapters', 'policyDocuments', 'pressBriefings'] as const satisfies PagedKind[]
export type PreviewedKind = (typeof previewedKinds)[number]

export const previewedKindOf = (collection: string): PreviewedKind | undefined => previewedKinds.find((kind) => contentKinds[kind].collection === collection)

/** Kinds with pages in every language (`/en/bai-giai-thich/…`); the others have Vietnamese pages only. */
const hasLanguageEditions = (kind: PreviewedKind) => kind === 'explainers' || kind === 'handbookChapters'

/**
 * The saved document (all languages) with what the editor has typed and not saved yet, in the language they edit:
 * localized fields take the typed value in that language only.
 */
export function withUnsavedValues(fields: FlattenedField[], saved: LooseDocument, typed: Record<string, unknown>, locale: string): LooseDocument {
  const merged: LooseDocument = { ...saved }
  for (const field of fields) {
    if (!(field.name in typed)) continue
    const value = typed[field.name]
    if ('localized' in field && field.localized) merged[field.name] = { ...(saved[field.name] as object), [locale]: value }
    else if (field.type === 'group' && value && typeof value === 'object')
      merged[field.name] = withUnsavedValues(field.flattenedFields, (saved[field.name] ?? {}) as LooseDocument, value as Record<string, unknown>, locale)
    else merged[field.name] = value
  }
  return merged
}

/** A document as the snapshot would carry it once published, and the path of its page in this language. */
export async function previewItem(payload: Payload, kind: PreviewedKind, doc: LooseDocument, locale: string) {
  // The uploads it refers to: those the public site already serves show in the preview.
  const fileIds = new Set([
    ...((doc.dossier ?? doc.materials ?? []) as { file?: unknown }[]).map((item) => String(item.file)),
    ...Object.values(doc.audio ?? {}).map(String),
  ])
  const imageIds = new Set([...(doc.heroImage ? [String(doc.heroImage)] : []), ...to.richTextImageIds(doc.body)])
  const files = new Map<string, SnapshotFile>((await findUploads(payload, 'files', fileIds)).map((file) => [String(file.id), to.toFile(file)]))
  const images = new Map<string, SnapshotImage>((await findUploads(payload, 'media', imageIds)).map((image) => [String(image.id), to.toImage(image)]))
  const item = {
    drafts: () => to.toDraft(doc, files),
    explainers: () => to.toExplainer(doc, files, images),
    handbookChapters: () => to.toHandbookChapter(doc, images),
    policyDocuments: () => to.toPolicyDocument(doc),
    pressBriefings: () => to.toPressBriefing(doc, files),
  }[kind]()
  const language = hasLanguageEditions(kind) && locale !== 'vi' ? `${locale}/` : ''
  return { item, sitePath: `${language}${contentKinds[kind].segment}/${item.slug}/` }
}
