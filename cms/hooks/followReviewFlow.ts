import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { ReviewState } from '../../shared/reviewStates'
import { mayReview } from '../access/roles'

/**
 * Content moves draft → submitted → approved → published. Authors (agency editors) submit, or take content back to
 * draft by editing it; reviewers, province-wide editors and admins approve or send back with a note; publishing
 * approves. Saves by the system (seed, scheduled publishing) have no user and keep what they are given.
 */
export const followReviewFlow: CollectionBeforeChangeHook = ({ data, originalDoc, req: { user } }) => {
  if (!user) {
    if (data._status === 'published') data.reviewState = 'approved'
    return data
  }
  data.updatedBy = user.id
  const before: ReviewState = originalDoc?.reviewState ?? 'draft'
  let state: ReviewState = data.reviewState ?? before
  if (!mayReview(user)) {
    if (state !== before && (state === 'approved' || state === 'returned')) {
      throw new APIError('Chỉ người duyệt mới duyệt hoặc trả lại nội dung; hãy bấm "Gửi duyệt" để gửi duyệt.', 403, undefined, true)
    }
    // An author's edit of approved or returned content goes back to draft until they submit it again.
    if (state !== 'submitted') state = 'draft'
  } else if (state === 'returned' && before !== 'returned' && !String(data.reviewNote ?? '').trim()) {
    throw new APIError('Khi trả lại nội dung, hãy ghi ý kiến của người duyệt để người soạn biết cần sửa gì.', 400, undefined, true)
  }
  if (data._status === 'published') state = 'approved'
  data.reviewState = state
  return data
}
