import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'
import { mayReview } from '../access/roles'

/**
 * Taking live content down is as weighty as putting it up: unpublishing or deleting published content needs the
 * rights that publishing needs (a reviewer, a province-wide editor or an admin). An agency editor cannot end a
 * consultation early by unpublishing its draft, or delete another version of the truth without review.
 */
export const keepLiveContentForReviewers: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const user = req.user
  if (!user || mayReview(user)) return args
  const { id, where, data, draft } = args as { id?: string | number; where?: Where; data?: { _status?: string }; draft?: boolean }
  const isUnpublish = operation === 'update' && !draft && data?._status === 'draft'
  if (!isUnpublish && operation !== 'delete') return args
  const which: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'drafts',
    where: { and: [which, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      isUnpublish
        ? 'Biên tập viên cơ quan không gỡ được nội dung đang hiển thị công khai: hãy đề nghị người duyệt gỡ xuất bản.'
        : 'Biên tập viên cơ quan không xoá được nội dung đang hiển thị công khai: hãy đề nghị người duyệt gỡ xuất bản trước.',
      403,
      undefined,
      true,
    )
  }
  return args
}
