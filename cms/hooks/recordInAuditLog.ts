import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { AuditAction } from '../../shared/reviewStates'
import { relationId } from '../../shared/relationId'
import { scheduledRun } from '../jobs/scheduledPublishing'
import type { LooseDocument } from '../snapshot/looseDocument'

type Doc = LooseDocument

// The agency a document belongs to, whichever field holds it.
const agencyOf = (doc: Doc) => relationId(doc.agency ?? doc.draftingAgency)
const excerpt = (text: unknown) => (typeof text === 'string' ? (text.length > 80 ? `${text.slice(0, 79)}…` : text) : undefined)
/** The title to show for any document: its Vietnamese title, a person's name, a file's name or the start of a comment. */
export const titleOf = (doc: Doc) =>
  String((typeof doc.title === 'object' && doc.title ? doc.title.vi : doc.title) ?? doc.fullName ?? doc.filename ?? excerpt(doc.text) ?? doc.id)

/** Writes one entry of the audit log, in the transaction of the request that caused it. */
export async function recordInAuditLog(req: PayloadRequest, action: AuditAction, collectionSlug: string, doc: Doc, note?: string) {
  // A scheduled publish saves as the editor who scheduled it; the trail says it was the schedule.
  const scheduled = scheduledRun()
  const who = req.user?.email ?? 'hệ thống'
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action,
      collectionSlug,
      documentId: String(doc.id),
      title: titleOf(doc),
      locale: req.locale ?? undefined,
      agency: agencyOf(doc),
      user: req.user?.id,
      userEmail: who,
      note: scheduled ? [`Theo lịch xuất bản, thay mặt ${who}`, note].filter(Boolean).join('. ') : note,
      job: scheduled?.jobId,
    },
    overrideAccess: true,
    req,
  })
}

/** Whether the trail's last word on a document is that it was published. */
async function wasPublished(req: PayloadRequest, collectionSlug: string, documentId: string): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: { and: [{ collectionSlug: { equals: collectionSlug } }, { documentId: { equals: documentId } }, { action: { in: ['publish', 'unpublish'] } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.action === 'publish'
}

/** Records publishing, unpublishing and review decisions, in the same transaction as the save. */
export const recordChangeInAuditLog: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (doc._status === 'published') {
    await recordInAuditLog(req, 'publish', collection.slug, doc)
  } else if (await wasPublished(req, collection.slug, String(doc.id))) {
    // A draft saved on top of published content leaves it published; an unpublish takes the document itself down.
    const current = await req.payload.findByID({
      collection: collection.slug,
      id: doc.id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { _status: true } as never,
    })
    if ((current as Doc)._status !== 'published') await recordInAuditLog(req, 'unpublish', collection.slug, doc)
  }
  const before = previousDoc?.reviewState ?? 'draft'
  if (doc.reviewState !== before && doc._status !== 'published') {
    if (doc.reviewState === 'submitted') await recordInAuditLog(req, 'submit', collection.slug, doc)
    if (doc.reviewState === 'approved') await recordInAuditLog(req, 'approve', collection.slug, doc)
    if (doc.reviewState === 'returned') await recordInAuditLog(req, 'return', collection.slug, doc, doc.reviewNote)
  }
  return doc
}

/** Records deleting a document that was published. */
export const recordDeleteInAuditLog: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (doc._status === 'published') await recordInAuditLog(req, 'delete', collection.slug, doc)
  return doc
}

/** Records every upload, replacement or change and deletion of a file or image, with who did it. */
export const recordUploadChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  await recordInAuditLog(req, operation === 'create' ? 'upload' : 'replace-upload', collection.slug, doc)
  return doc
}

/** Records deleting a file or image. */
export const recordUploadDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordInAuditLog(req, 'delete-upload', collection.slug, doc)
  return doc
}
