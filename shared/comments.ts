/** Public comments on drafts (góp ý dự thảo): the states editors moderate them into and the limits of the form. */

export const commentStates = {
  new: 'Mới',
  valid: 'Hợp lệ',
  spam: 'Tin rác',
  duplicate: 'Trùng lặp',
  'out-of-scope': 'Ngoài phạm vi',
} as const

export type CommentState = keyof typeof commentStates

/** How the drafting body handled the comments on an article (tiếp thu, giải trình). */
export const responseOutcomes = {
  accepted: 'Tiếp thu',
  'partly-accepted': 'Tiếp thu một phần',
  'not-accepted': 'Không tiếp thu',
} as const

export type ResponseOutcome = keyof typeof responseOutcomes

/** Field limits, shared by the form on the site (maxlength) and the endpoint that checks them. */
export const commentLimits = { text: 5000, name: 100, locality: 200, contact: 200 } as const

/** The largest request body the comment endpoint reads: 5,000 Vietnamese characters percent-encoded fit with room. */
export const maxCommentBodyBytes = 64 * 1024

/** The article a comment is about: an article number, or null for the draft as a whole (góp ý chung). */
export type CommentArticle = number | null

/** "Điều 4" or "Góp ý chung". */
export const articleLabel = (article: CommentArticle): string => (article === null ? 'Góp ý chung' : `Điều ${article}`)

/** The page of the static site a comment form sent without JavaScript lands on, relative to the site's base. */
export const commentSentPath = (draftSlug: string) => `du-thao/${draftSlug}/da-gui-gop-y/`
