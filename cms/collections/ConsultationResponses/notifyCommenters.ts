import { escape } from 'html-escaper'
import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '../../../shared/relationId'
import { siteRoot } from '../../../shared/siteAddress'
import { agencySender } from '../../config/email'
import type { ConsultationResponse } from '../../payload-types'

type Item = { comments?: unknown[] | null }

/**
 * When a response is published, every commenter on that draft who gave an e-mail address and asked to be told gets
 * one message with the link to the answer to their comment — once: each comment is claimed (notifiedAt) before its
 * message goes out, so saving the response again, or two saves at once, send nothing more. Nobody else is written to.
 */
export const notifyCommenters: CollectionAfterChangeHook<ConsultationResponse> = ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const draftId = relationId(doc.draft)
  if (!draftId) return doc
  const send = async () => {
    const { payload } = req
    const [draft, agency] = await Promise.all([
      payload.findByID({ collection: 'drafts', id: draftId, depth: 0, draft: false, overrideAccess: true, locale: 'vi' }),
      relationId(doc.agency) ? payload.findByID({ collection: 'agencies', id: relationId(doc.agency)!, depth: 0, overrideAccess: true }) : undefined,
    ])
    const { docs: waiting } = await payload.find({
      collection: 'comments',
      where: { and: [{ draft: { equals: draftId } }, { mayContact: { equals: true } }, { notifiedAt: { exists: false } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const items = (doc.items ?? []) as Item[]
    for (const comment of waiting) {
      const claimed = await payload.update({
        collection: 'comments',
        where: { and: [{ id: { equals: comment.id } }, { notifiedAt: { exists: false } }] },
        data: { notifiedAt: new Date().toISOString() },
        overrideAccess: true,
        depth: 0,
      })
      if (claimed.docs.length !== 1 || !comment.contact) continue
      const answer = items.findIndex((item) => (item.comments ?? []).some((id) => relationId(id) === comment.id))
      const link = new URL(`du-thao/${draft.slug}/#${answer >= 0 ? `giai-trinh-${answer + 1}` : 'giai-trinh'}`, siteRoot).href
      const sender = agency?.name ?? 'Cơ quan soạn thảo'
      await payload.sendEmail({
        from: agencySender(payload.email.defaultFromAddress, agency?.name),
        to: comment.contact,
        subject: `Kết quả tiếp thu, giải trình: ${draft.title}`,
        text: `Xin chào ${comment.name},\n\n${sender} đã công bố kết quả tiếp thu, giải trình ý kiến đối với dự thảo «${draft.title}», trong đó có ý kiến bạn đã gửi.\n\nXem nội dung giải trình: ${link}\n\nBạn nhận thư này vì đã đồng ý khi gửi góp ý; đây là thư duy nhất về góp ý này.\n`,
        html: `<p>Xin chào ${escape(comment.name)},</p><p>${escape(sender)} đã công bố kết quả tiếp thu, giải trình ý kiến đối với dự thảo «${escape(draft.title)}», trong đó có ý kiến bạn đã gửi.</p><p><a href="${escape(link)}">Xem nội dung giải trình</a></p><p>Bạn nhận thư này vì đã đồng ý khi gửi góp ý; đây là thư duy nhất về góp ý này.</p>`,
      })
    }
  }
  void send().catch((error: unknown) => req.payload.logger.error({ err: error }, 'Commenters could not be told of the published response.'))
  return doc
}
