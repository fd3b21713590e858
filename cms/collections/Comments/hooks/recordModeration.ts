import type { CollectionAfterChangeHook } from 'payload'
import { commentStates, type CommentState } from '../../../../shared/comments'
import { recordInAuditLog } from '../../../hooks/recordInAuditLog'
import type { Comment } from '../../../payload-types'

/** Every moderation decision (a change of state or of the moderator's note) goes into the audit log, with who made it. */
export const recordModeration: CollectionAfterChangeHook<Comment> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const stateChanged = previousDoc?.state !== doc.state
  if (!stateChanged && (previousDoc?.moderationNote ?? '') === (doc.moderationNote ?? '')) return doc
  const label = (state: string) => commentStates[state as CommentState] ?? state
  const note = [stateChanged ? `${label(previousDoc?.state)} → ${label(doc.state)}` : undefined, doc.moderationNote].filter(Boolean).join(' · ')
  await recordInAuditLog(req, 'moderate', 'comments', doc, note)
  return doc
}
