import type { Payload } from 'payload'
import sharp from 'sharp'
import { richText } from './richText'

/**
 * Plants documents that must never become public, each carrying `marker` in every text field: uploads (a file
 * of an unpublished draft, an unused file, an image of an unpublished explainer: marker in their bytes, titles and
 * names), an unpublished draft, explainer and handbook chapter, a pending edit of a published explainer, an account, and on
 * the answered draft: a quoted comment whose author's details carry it, a comment not to be published, spam, and a
 * pending edit of the published response.
 */
export async function plantUnpublishedDocuments(payload: Payload, marker: string): Promise<void> {
  const agency = (await payload.find({ collection: 'agencies', where: { ceasedOn: { exists: false } }, limit: 1 })).docs[0]!
  const type = (await payload.find({ collection: 'document-types', limit: 1 })).docs[0]!
  const slug = marker.toLowerCase()
  // Uploads: a dossier file of the unpublished draft, one that nothing uses, and an image of the unpublished explainer.
  const pdf = (name: string) => ({
    data: Buffer.from(`%PDF-1.4\n%${marker}\n%%EOF\n`),
    mimetype: 'application/pdf',
    name: `${name}-${slug}.pdf`,
    size: 40 + marker.length,
  })
  const dossierFile = await payload.create({ collection: 'files', data: { title: marker, agency: agency.id }, file: pdf('to-trinh') })
  await payload.create({ collection: 'files', data: { title: marker }, file: pdf('khong-dung') })
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#8b1a1a' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: marker, credit: marker },
    file: { data: png, mimetype: 'image/png', name: `anh-${slug}.png`, size: png.length },
  })
  await payload.create({
    collection: 'drafts',
    draft: true,
    data: {
      title: marker,
      slug,
      documentType: type.id,
      draftingAgency: agency.id,
      summary: marker,
      versionLabel: marker,
      opensAt: '2026-01-01T00:00:00Z',
      closesAt: '2026-12-31T00:00:00Z',
      articles: [{ number: 1, heading: marker, body: marker }],
      affectedGroups: [marker],
      _status: 'draft',
      dossier: [{ kind: 'draft-text', file: dossierFile.id }],
    },
  })
  await payload.create({
    collection: 'explainers',
    draft: true,
    data: {
      title: marker,
      slug,
      lead: marker,
      body: richText(marker),
      radioScript: marker,
      lifecycleStage: 'planning',
      agency: agency.id,
      heroImage: image.id,
      _status: 'draft',
    },
  })
  await payload.create({
    collection: 'handbook-chapters',
    draft: true,
    data: { title: marker, slug, edition: marker, order: 99, summary: marker, body: richText(marker), _status: 'draft' },
  })
  const published = await payload.create({
    collection: 'explainers',
    data: {
      title: 'Bài có bản sửa chưa duyệt',
      slug: '',
      lead: 'Bản đã duyệt.',
      body: richText('Bản đã duyệt.'),
      lifecycleStage: 'adoption',
      agency: agency.id,
      _status: 'published',
    },
  })
  await payload.update({ collection: 'explainers', id: published.id, draft: true, data: { title: marker, lead: marker, _status: 'draft' } })
  await payload.create({
    collection: 'users',
    data: { email: `bien-tap-${slug}@vi-du.invalid`, password: 'mat-khau-dai-1234', name: `Biên tập ${marker}`, roles: ['editor'] },
  })

  const answered = (await payload.find({ collection: 'drafts', where: { slug: { equals: 'quy-dinh-han-muc-giao-dat-o' } }, depth: 0 })).docs[0]!
  const comment = (data: { text: string; mayPublish: boolean; state: 'valid' | 'spam'; person: string }) =>
    payload.create({
      collection: 'comments',
      data: {
        draft: answered.id,
        agency: String(answered.draftingAgency),
        article: 4,
        text: data.text,
        mayPublish: data.mayPublish,
        state: data.state,
        name: data.person,
        locality: data.person,
        contact: data.person,
        consentAt: answered.opensAt,
        fingerprint: `${slug}-${data.text.length}-${data.state}`,
      },
    })
  const quoted = await comment({ text: 'Góp ý được công khai, còn người gửi thì không.', mayPublish: true, state: 'valid', person: marker })
  const private_ = await comment({ text: `Không công khai ${marker}`, mayPublish: false, state: 'valid', person: 'Người gửi' })
  const spam = await comment({ text: `Quảng cáo ${marker}`, mayPublish: true, state: 'spam', person: 'Người gửi' })
  const response = (await payload.find({ collection: 'consultation-responses', where: { draft: { equals: answered.id } }, depth: 0 })).docs[0]!
  const items = (response.items ?? []).map((item, index) => ({
    ...item,
    comments: [...(item.comments ?? []), ...(index === 0 ? [quoted.id, private_.id, spam.id] : [])],
  }))
  await payload.update({ collection: 'consultation-responses', id: response.id, data: { items, _status: 'published' } })
  await payload.update({ collection: 'consultation-responses', id: response.id, draft: true, data: { intro: marker, _status: 'draft' } })
}
