import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { ResponseOutcome } from '../../../shared/comments'
import { formatVietnameseDate } from '../../../shared/formatVietnameseDate'
import type { ConsultationCounts, PublicComment } from '../../../shared/snapshot'
import { relationId } from '../../../shared/relationId'
import type { ConsultationResponse } from '../../payload-types'

const idOf = (value: unknown): string => relationId(value) ?? ''

/**
 * Before a response is saved: files it under the draft's agency, refuses to publish it while the consultation is
 * still open, counts the valid comments by article and by outcome, and copies the text (only) of the comments it
 * answers whose authors allowed publication.
 */
export const summarizeComments: CollectionBeforeChangeHook<ConsultationResponse> = async ({ data, req }) => {
  if (!data.draft) return data
  const draftId = idOf(data.draft)
  const draft = await req.payload.findByID({
    collection: 'drafts',
    id: draftId,
    depth: 0,
    overrideAccess: true,
    req,
    select: { draftingAgency: true, closesAt: true },
  })
  data.agency = draft.draftingAgency
  if (data._status === 'published' && new Date(draft.closesAt) > new Date()) {
    throw new APIError(`Chỉ công bố bản giải trình sau khi kết thúc lấy ý kiến (${formatVietnameseDate(draft.closesAt)}).`, 400, undefined, true)
  }

  const { docs: comments } = await req.payload.find({
    collection: 'comments',
    where: { and: [{ draft: { equals: draftId } }, { state: { equals: 'valid' } }] },
    select: { article: true, text: true, mayPublish: true, createdAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const items: { article?: number | null; outcome: ResponseOutcome; comments?: unknown[] | null }[] = data.items ?? []
  const answeredBy = new Map<string, number[]>()
  items.forEach((item, index) =>
    (item.comments ?? []).forEach((comment) => answeredBy.set(idOf(comment), [...(answeredBy.get(idOf(comment)) ?? []), index + 1])),
  )

  const byArticle = new Map<number | null, number>()
  for (const comment of comments) byArticle.set(comment.article ?? null, (byArticle.get(comment.article ?? null) ?? 0) + 1)
  const byOutcome: Record<ResponseOutcome, number> = { accepted: 0, 'partly-accepted': 0, 'not-accepted': 0 }
  const valid = new Set(comments.map((comment) => comment.id))
  for (const item of items) byOutcome[item.outcome] += (item.comments ?? []).filter((comment) => valid.has(idOf(comment))).length

  const counts: ConsultationCounts = {
    total: comments.length,
    byArticle: [...byArticle].map(([article, count]) => ({ article, count })).sort((a, b) => (a.article ?? 0) - (b.article ?? 0)),
    byOutcome,
  }
  const publicComments: PublicComment[] = comments
    .filter((comment) => comment.mayPublish)
    .sort((a, b) => (a.article ?? 0) - (b.article ?? 0) || a.createdAt.localeCompare(b.createdAt))
    .map((comment) => ({
      id: comment.id,
      article: comment.article ?? null,
      text: comment.text,
      receivedAt: comment.createdAt,
      answeredBy: answeredBy.get(comment.id) ?? [],
    }))
  data.counts = counts
  data.publicComments = publicComments
  return data
}
