'use client'
import { toast } from '@payloadcms/ui'
import { commentStates, type CommentState } from '../../shared/comments'

/** The states a moderator sorts a new comment into, with the short words on their buttons. */
export const moderationChoices = (Object.keys(commentStates) as CommentState[]).filter((state) => state !== 'new')

/** Sets the state of the comments a query selects (`?where…`), and says in Vietnamese how it went. */
export async function moderate(api: string, query: string, state: CommentState): Promise<boolean> {
  const response = await fetch(`${api}/comments${query}`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  }).catch(() => undefined)
  const result = (await response?.json().catch(() => undefined)) as { docs?: unknown[]; errors?: unknown[]; doc?: unknown } | undefined
  const changed = result?.docs?.length ?? (result?.doc ? 1 : 0)
  if (!response?.ok || result?.errors?.length) {
    toast.error(`Không chuyển được trạng thái${changed ? ` của một số góp ý (đã chuyển ${changed})` : ''}. Xin thử lại.`)
    return false
  }
  toast.success(`Đã chuyển ${changed} góp ý sang "${commentStates[state]}".`)
  return true
}
