import { timeZone } from './localDay'
import { reviewStates, type ReviewState } from './reviewStates'

/** What an editor sees of a document in the admin's list and edit screen, told from what the public is served. */
export type PublicationFacts = {
  /** When the live version was published, or null when the public site shows nothing of the document. */
  liveSince: string | null
  /** Whether the latest saved version is the live one (no edit waits to be published). */
  latestIsLive: boolean
  /** The review state of the latest saved version. */
  reviewState: ReviewState
}

/**
 * The status in the editor's words: "Đang hiển thị" only when the public sees exactly the latest version,
 * "Đang hiển thị, có bản sửa chưa xuất bản" when an edit waits (with where it stands in review), otherwise the
 * review state of what has never gone live (or has been taken down).
 */
export function publicationStatus({ liveSince, latestIsLive, reviewState }: PublicationFacts): string {
  if (!liveSince) return reviewStates[reviewState]
  if (latestIsLive) return 'Đang hiển thị'
  const edit = reviewState === 'draft' ? '' : ` (${reviewStates[reviewState].toLowerCase()})`
  return `Đang hiển thị, có bản sửa chưa xuất bản${edit}`
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** An instant as the admin writes dates (dd/MM/yyyy HH:mm), in Vietnam time whatever the server's zone. */
export function formatAdminDateTime(instant: Date | string): string {
  const part = Object.fromEntries(dateTimeParts.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]))
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}
