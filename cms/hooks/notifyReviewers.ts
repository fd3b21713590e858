import { escape } from 'html-escaper'
import { cmsPublicUrl } from '../config/paths'
import type { CollectionAfterChangeHook, Where } from 'payload'
import { relationId } from '../../shared/relationId'
import { agencySender } from '../config/email'
import { titleOf } from './recordInAuditLog'

/**
 * When content is submitted for review, each reviewer whose scope holds it (its agency's reviewers, and the
 * province-wide ones) gets one e-mail, from the agency that submitted it, with the link to the document in the admin.
 * Mail goes out after the save and never holds it up; a failure is logged.
 */
export const notifyReviewers: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  if (doc.reviewState !== 'submitted' || previousDoc?.reviewState === 'submitted') return doc
  const agencyId = relationId(doc.agency ?? doc.draftingAgency)
  const scope: Where = agencyId ? { or: [{ agency: { equals: agencyId } }, { agency: { exists: false } }] } : { agency: { exists: false } }
  const send = async () => {
    const [{ docs: reviewers }, agency] = await Promise.all([
      req.payload.find({ collection: 'users', where: { and: [{ roles: { contains: 'reviewer' } }, scope] }, depth: 0, limit: 100, overrideAccess: true }),
      agencyId ? req.payload.findByID({ collection: 'agencies', id: agencyId, depth: 0, overrideAccess: true }).catch(() => undefined) : undefined,
    ])
    const kind = typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug
    const title = titleOf(doc)
    const link = `${cmsPublicUrl()}/admin/collections/${collection.slug}/${doc.id}`
    const by = `${req.user?.name ?? req.user?.email ?? 'Biên tập viên'}${agency ? ` (${agency.name})` : ''}`
    for (const reviewer of reviewers) {
      await req.payload.sendEmail({
        from: agencySender(req.payload.email.defaultFromAddress, agency?.name),
        to: reviewer.email,
        subject: `Chờ duyệt: ${title}`,
        text: `${by} đã gửi duyệt ${kind.toLowerCase()} «${title}».\n\nXem và duyệt: ${link}\n`,
        html: `<p>${escape(by)} đã gửi duyệt ${escape(kind.toLowerCase())} «${escape(title)}».</p><p><a href="${escape(link)}">Xem và duyệt</a></p>`,
      })
    }
  }
  void send().catch((error: unknown) => req.payload.logger.error({ err: error }, 'Reviewers could not be told of a submission.'))
  return doc
}
