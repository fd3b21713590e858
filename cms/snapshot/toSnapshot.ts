import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type * as S from '../../shared/snapshot'
import { htmlConverters } from './htmlConverters'
import { editionsOf, inLocale } from './localized'
import { relationId } from '../../shared/relationId'
import type { LooseDocument } from './looseDocument'

// Documents read with `locale: 'all'` do not fit Payload's generated types, so they arrive loosely typed here
// and leave as the strict snapshot types.
type Doc = LooseDocument

const id = (value: unknown): string => relationId(value) ?? ''
const ids = (values: unknown): string[] => (Array.isArray(values) ? values.map(id) : [])
const optional = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)
const html = (value: unknown, images = new Map<string, S.SnapshotImage>(), locale = 'vi'): string =>
  value
    ? convertLexicalToHTML({
        data: value as SerializedEditorState,
        disableContainer: true,
        disableIndent: true,
        disableTextAlign: true,
        converters: htmlConverters(images, locale),
      })
    : ''

/** The IDs of the media a rich text (all its language editions) shows. */
export function richTextImageIds(value: unknown): string[] {
  const found: string[] = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const { type, relationTo, value: target, children, root } = node as Doc
    if (type === 'upload' && relationTo === 'media') found.push(id(target))
    for (const child of [...(Array.isArray(children) ? children : []), ...(root ? [root] : [])]) visit(child)
  }
  for (const edition of value && typeof value === 'object' && !('root' in value) ? Object.values(value) : [value]) visit(edition)
  return found
}

export const toAgency = (doc: Doc): S.SnapshotAgency => ({
  id: id(doc),
  name: doc.name,
  shortName: optional(doc.shortName),
  kind: doc.kind,
  parentId: doc.parent ? id(doc.parent) : undefined,
  website: optional(doc.website),
  ceasedOn: optional(doc.ceasedOn),
  successorId: doc.successor ? id(doc.successor) : undefined,
})

export const toRedirect = (doc: Doc): S.SnapshotRedirect => ({ id: id(doc), from: doc.from, to: doc.to })

export const toTopic = (doc: Doc): S.SnapshotTopic => ({ id: id(doc), slug: doc.slug, name: editionsOf(doc.name, (l) => inLocale<string>(doc.name, l) ?? '') })

export const toDocumentType = (doc: Doc): S.SnapshotDocumentType => ({ id: id(doc), name: doc.name, minimumConsultationDays: doc.minimumConsultationDays })

const toArticle = (a: Doc): S.SnapshotArticle => ({ number: a.number, heading: a.heading ?? '', body: a.body ?? '' })

export const toConsultationResponse = (doc: Doc): S.SnapshotConsultationResponse => ({
  title: doc.title,
  intro: optional(doc.intro),
  updatedAt: doc.updatedAt,
  items: (doc.items ?? []).map((item: Doc) => ({
    article: item.article ?? null,
    outcome: item.outcome,
    explanation: item.explanation,
    commentIds: ids(item.comments),
  })),
  counts: doc.counts ?? { total: 0, byArticle: [], byOutcome: { accepted: 0, 'partly-accepted': 0, 'not-accepted': 0 } },
  comments: doc.publicComments ?? [],
})

export const toDraft = (doc: Doc, files: Map<string, S.SnapshotFile>, response?: S.SnapshotConsultationResponse): S.SnapshotDraft => ({
  id: id(doc),
  slug: doc.slug,
  documentTypeId: id(doc.documentType),
  draftingAgencyId: id(doc.draftingAgency),
  opensAt: doc.opensAt,
  closesAt: doc.closesAt,
  numberAndSymbol: optional(doc.numberAndSymbol),
  issuedAt: optional(doc.issuedAt),
  topicIds: ids(doc.topics),
  relatedExplainerIds: ids(doc.relatedExplainers),
  dossier: (doc.dossier ?? []).flatMap((item: Doc) => {
    const file = files.get(id(item.file))
    return file ? [{ kind: item.kind, file }] : []
  }),
  updatedAt: doc.updatedAt,
  // Marked only with a published response (the CMS checks); without one in the snapshot, the mark is ignored.
  responded: Boolean(doc.responded && response),
  response,
  previousVersion: doc.previousVersion?.label ? { label: doc.previousVersion.label, articles: (doc.previousVersion.articles ?? []).map(toArticle) } : undefined,
  changesPromptedBy: Object.fromEntries(
    (doc.articles ?? []).filter((a: Doc) => a.changedInResponseTo?.length).map((a: Doc) => [a.number, ids(a.changedInResponseTo)]),
  ),
  editions: editionsOf(doc.title, (l) => ({
    title: inLocale<string>(doc.title, l) ?? '',
    versionLabel: inLocale<string>(doc.versionLabel, l),
    summary: inLocale<string>(doc.summary, l) ?? '',
    preamble: optional(inLocale(doc.preamble, l)),
    articles: (doc.articles ?? []).map((a: Doc) => ({
      number: a.number,
      heading: inLocale<string>(a.heading, l) ?? '',
      body: inLocale<string>(a.body, l) ?? '',
    })),
    closing: optional(inLocale(doc.closing, l)),
    affectedGroups: inLocale<string[]>(doc.affectedGroups, l) ?? [],
  })),
})

export const toExplainer = (doc: Doc, files: Map<string, S.SnapshotFile>, images: Map<string, S.SnapshotImage>): S.SnapshotExplainer => ({
  id: id(doc),
  slug: doc.slug,
  lifecycleStage: doc.lifecycleStage,
  agencyId: id(doc.agency),
  topicIds: ids(doc.topics),
  relatedDraftIds: ids(doc.relatedDrafts),
  heroImage: doc.heroImage ? images.get(id(doc.heroImage)) : undefined,
  updatedAt: doc.updatedAt,
  editions: editionsOf(
    doc.title,
    (l, isReferenceOnly) => {
      const translation = doc.translation ?? {}
      const audio = inLocale<string>(doc.audio, l)
      return {
        title: inLocale<string>(doc.title, l) ?? '',
        lead: inLocale<string>(doc.lead, l) ?? '',
        bodyHtml: html(inLocale(doc.body, l)),
        radioScript: optional(inLocale(doc.radioScript, l)),
        audio: audio ? files.get(id(audio)) : undefined,
        isReferenceOnly,
        translation:
          l === 'vi'
            ? undefined
            : {
                orthography: optional(inLocale(translation.orthography, l)),
                translator: optional(inLocale(translation.translator, l)),
                note: optional(inLocale(translation.note, l)),
                sample: inLocale(translation.sample, l) === true ? true : undefined,
              },
      }
    },
    doc.editionWithdrawn,
  ),
})

export const toHandbookChapter = (doc: Doc, images: Map<string, S.SnapshotImage>): S.SnapshotHandbookChapter => ({
  id: id(doc),
  slug: doc.slug,
  edition: doc.edition,
  order: doc.order,
  updatedAt: doc.updatedAt,
  images: [...new Set(richTextImageIds(doc.body))].flatMap((imageId) => (images.has(imageId) ? [images.get(imageId)!] : [])),
  editions: editionsOf(
    doc.title,
    (l) => ({
      title: inLocale<string>(doc.title, l) ?? '',
      summary: optional(inLocale(doc.summary, l)),
      bodyHtml: html(inLocale(doc.body, l), images, l),
    }),
    doc.editionWithdrawn,
  ),
})

export const toPolicyDocument = (doc: Doc): S.SnapshotPolicyDocument => ({
  id: id(doc),
  slug: doc.slug,
  kind: doc.kind,
  numberAndSymbol: doc.numberAndSymbol,
  issuedAt: doc.issuedAt,
  issuingAgencyId: id(doc.issuingAgency),
  updatedAt: doc.updatedAt,
  editions: editionsOf(doc.title, (l) => ({
    title: inLocale<string>(doc.title, l) ?? '',
    bodyHtml: html(inLocale(doc.body, l)),
    taskGroups: (doc.taskGroups ?? []).map((g: Doc) => ({ code: g.code, title: inLocale<string>(g.title, l) ?? '' })),
    tasks: (doc.tasks ?? []).map((t: Doc) => ({
      code: optional(t.code),
      title: inLocale<string>(t.title, l) ?? '',
      titleIsEditorial: t.titleIsEditorial === true ? true : undefined,
      content: optional(inLocale(t.content, l)),
      leadAgencyIds: ids(t.leadAgencies),
      leadNote: optional(inLocale(t.leadNote, l)),
      coordinatingAgencyIds: ids(t.coordinatingAgencies),
      coordinationNote: optional(inLocale(t.coordinationNote, l)),
      timing: inLocale<string>(t.timing, l) ?? '',
    })),
  })),
})

export const toPressBriefing = (doc: Doc, files: Map<string, S.SnapshotFile>): S.SnapshotPressBriefing => ({
  id: id(doc),
  slug: doc.slug,
  kind: doc.kind,
  heldAt: doc.heldAt,
  agencyId: id(doc.agency),
  spokespersonIds: ids(doc.spokespersons),
  topicIds: ids(doc.topics),
  materials: (doc.materials ?? []).flatMap((item: Doc) => {
    const file = files.get(id(item.file))
    return file ? [file] : []
  }),
  updatedAt: doc.updatedAt,
  editions: editionsOf(doc.title, (l) => ({
    title: inLocale<string>(doc.title, l) ?? '',
    location: optional(inLocale(doc.location, l)),
    summary: inLocale<string>(doc.summary, l) ?? '',
  })),
})

export const toSpokesperson = (doc: Doc): S.SnapshotSpokesperson => ({
  id: id(doc),
  agencyId: id(doc.agency),
  fullName: doc.fullName,
  position: doc.position,
  phone: optional(doc.phone),
  email: optional(doc.email),
  appointingDecision: optional(doc.appointingDecision),
  since: optional(doc.since),
  until: optional(doc.until),
  isDemo: Boolean(doc.isDemo),
})

export const toFile = (doc: Doc): S.SnapshotFile => ({
  id: id(doc),
  title: doc.title,
  filename: doc.filename,
  mimeType: doc.mimeType,
  bytes: doc.filesize,
  path: `files/${doc.filename}`,
})

export const toImage = (doc: Doc): S.SnapshotImage => ({
  id: id(doc),
  filename: doc.filename,
  mimeType: doc.mimeType,
  width: doc.width,
  height: doc.height,
  path: `media/${doc.filename}`,
  alt: editionsOf(doc.alt, (l) => inLocale<string>(doc.alt, l) ?? ''),
})
