import { APIError, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'
import { localeCodes } from '../../shared/locales'
import { mayReview } from '../access/roles'

/** Where published content refers to an upload: dossiers, briefing materials, audio editions, hero images. */
const usesOf = (collection: string, id: string): { collection: 'drafts' | 'press-briefings' | 'explainers'; where: Where; locale?: string }[] =>
  collection === 'files'
    ? [
        { collection: 'drafts', where: { 'dossier.file': { equals: id } } },
        { collection: 'press-briefings', where: { 'materials.file': { equals: id } } },
        ...localeCodes.map((locale) => ({ collection: 'explainers' as const, where: { audio: { equals: id } }, locale })),
      ]
    : [{ collection: 'explainers', where: { heroImage: { equals: id } } }]

async function isUsedByPublishedContent(req: PayloadRequest, collection: string, id: string): Promise<boolean> {
  for (const use of usesOf(collection, id)) {
    const { totalDocs } = await req.payload.count({
      collection: use.collection,
      where: { and: [use.where, { _status: { equals: 'published' } }] },
      locale: use.locale as never,
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * A file that published content uses goes live as it is: replacing or deleting it would change the public site
 * without review. Agency editors (who cannot publish) are refused and told to attach a new file to a draft instead.
 */
export const keepPublishedUploads: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const user = req.user
  if (!user || mayReview(user)) return args
  const { id, where } = args as { id?: string | number; where?: Where }
  const ids: string[] =
    id !== undefined
      ? [String(id)]
      : (await req.payload.find({ collection: collection.slug as 'files', where, depth: 0, limit: 200, overrideAccess: true, req, select: {} })).docs.map(
          (doc) => String(doc.id),
        )
  for (const id of ids) {
    if (await isUsedByPublishedContent(req, collection.slug, id)) {
      throw new APIError(
        'Tệp này đang được dùng trong nội dung đã xuất bản: không sửa, thay hay xoá được. Hãy tải tệp mới lên, gắn vào bản nháp và gửi duyệt.',
        403,
        undefined,
        true,
      )
    }
  }
  return args
}
