import type { Payload } from 'payload'
import { richText } from './richText'

/**
 * Plants documents that must never become public, each carrying `marker` in every text field: an
 * unpublished draft, explainer and handbook chapter, a pending edit of a published explainer, and an account.
 */
export async function plantUnpublishedDocuments(payload: Payload, marker: string): Promise<void> {
  const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
  const type = (await payload.find({ collection: 'document-types', limit: 1 })).docs[0]!
  const slug = marker.toLowerCase()
  await payload.create({
    collection: 'drafts',
    draft: true,
    data: {
      title: marker, slug, documentType: type.id, draftingAgency: agency.id, summary: marker, versionLabel: marker,
      opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-12-31T00:00:00Z', articles: [{ number: 1, heading: marker, body: marker }], affectedGroups: [marker], _status: 'draft',
    },
  })
  await payload.create({
    collection: 'explainers',
    draft: true,
    data: { title: marker, slug, lead: marker, body: richText(marker), radioScript: marker, lifecycleStage: 'planning', agency: agency.id, _status: 'draft' },
  })
  await payload.create({
    collection: 'handbook-chapters',
    draft: true,
    data: { title: marker, slug, edition: marker, order: 99, summary: marker, body: richText(marker), _status: 'draft' },
  })
  const published = await payload.create({
    collection: 'explainers',
    data: { title: 'Bài có bản sửa chưa duyệt', slug: '', lead: 'Bản đã duyệt.', body: richText('Bản đã duyệt.'), lifecycleStage: 'adoption', agency: agency.id, _status: 'published' },
  })
  await payload.update({ collection: 'explainers', id: published.id, draft: true, data: { title: marker, lead: marker, _status: 'draft' } })
  await payload.create({ collection: 'users', data: { email: `bien-tap-${slug}@vi-du.invalid`, password: 'mat-khau-dai-1234', name: `Biên tập ${marker}`, roles: ['editor'] } })
}
