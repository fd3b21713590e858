import type { Payload } from 'payload'
import type { CommentState, ResponseOutcome } from '../../shared/comments'
import { commentFingerprint } from '../comments/commentFingerprint'
import { readMarkdownFolder } from './readContent'

type ConsultationSeed = {
  previousVersion?: { label: string; articles: Record<number, string> }
  comments: { key: string; article?: number; name: string; locality: string; contact?: string; mayPublish?: boolean; state?: CommentState; text: string }[]
  changedInResponseTo?: Record<number, string[]>
  response?: { intro?: string; items: { article?: number; outcome: ResponseOutcome; comments: string[]; explanation: string }[] }
}

/**
 * Comments on the demo drafts, and for one closed draft the whole loop: comments on its first version, the second
 * version published with what changed and why, the published response, and the draft marked as answered.
 * A draft that already has comments is left alone.
 */
export async function seedConsultations(payload: Payload) {
  for (const { name, data } of await readMarkdownFolder<ConsultationSeed>('consultations')) {
    const slug = name.replace(/\.md$/, '')
    const draft = (await payload.find({ collection: 'drafts', where: { slug: { equals: slug } }, locale: 'vi', depth: 0, limit: 1 })).docs[0]
    if (!draft || (await payload.count({ collection: 'comments', where: { draft: { equals: draft.id } } })).totalDocs > 0) continue

    const ids = new Map<string, string>()
    for (const comment of data.comments) {
      const text = comment.text.trim()
      const created = await payload.create({
        collection: 'comments',
        data: {
          draft: draft.id,
          agency: draft.draftingAgency,
          versionLabel: data.previousVersion?.label ?? draft.versionLabel,
          article: comment.article,
          text,
          name: comment.name,
          locality: comment.locality,
          contact: comment.contact,
          mayPublish: comment.mayPublish ?? false,
          consentAt: draft.opensAt,
          state: comment.state ?? 'valid',
          fingerprint: commentFingerprint(draft.id, text, ['seed', comment.name]),
        },
      })
      ids.set(comment.key, created.id)
    }
    const commentIds = (keys: string[] = []) => keys.map((key) => ids.get(key)!)

    if (data.previousVersion) {
      // Publish the first version as it was, then the current one: the drafts hook keeps the first for comparison.
      const current = draft.articles ?? []
      const previous = data.previousVersion
      const strip = ({ number, heading, body }: (typeof current)[number]) => ({ number, heading, body })
      await payload.update({
        collection: 'drafts',
        id: draft.id,
        locale: 'vi',
        data: {
          versionLabel: previous.label,
          articles: current.map((a) => ({ ...strip(a), body: previous.articles[a.number] ?? a.body })),
          _status: 'published',
        },
      })
      await payload.update({
        collection: 'drafts',
        id: draft.id,
        locale: 'vi',
        data: {
          versionLabel: draft.versionLabel,
          articles: current.map((a) => ({ ...strip(a), changedInResponseTo: commentIds(data.changedInResponseTo?.[a.number]) })),
          _status: 'published',
        },
      })
    }
    if (data.response) {
      await payload.create({
        collection: 'consultation-responses',
        data: {
          title: 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý',
          draft: draft.id,
          intro: data.response.intro,
          items: data.response.items.map((item) => ({
            article: item.article,
            outcome: item.outcome,
            explanation: item.explanation.trim(),
            comments: commentIds(item.comments),
          })),
          _status: 'published',
        },
      })
      await payload.update({ collection: 'drafts', id: draft.id, data: { responded: true, _status: 'published' } })
    }
  }
}
