import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload, validationMessages } from '../helpers/payload'

let payload: Payload
let typeId: string
let agencyId: string

beforeAll(async () => {
  payload = await testPayload()
  typeId = (await payload.create({ collection: 'document-types', data: { name: `Loại thử ${Date.now()}`, minimumConsultationDays: 30 } })).id
  agencyId = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Tư pháp' } } })).docs[0]!.id
})

function draftData(opensAt: string, closesAt: string, title = `Dự thảo kiểm tra ${Math.random()}`) {
  return { title, slug: '', documentType: typeId, draftingAgency: agencyId, summary: 'Tóm tắt.', opensAt, closesAt, _status: 'published' as const }
}

describe('consultation dates on drafts', () => {
  it('refuses a closing date before the opening date, in Vietnamese', async () => {
    const messages = await validationMessages(payload.create({ collection: 'drafts', data: draftData('2026-12-10T03:00:00Z', '2026-12-01T03:00:00Z') }))
    expect(messages).toEqual(['Ngày kết thúc lấy ý kiến (ngày 1 tháng 12 năm 2026) phải sau ngày bắt đầu (ngày 10 tháng 12 năm 2026).'])
  })

  it("refuses a period shorter than the document type's minimum and says by how much", async () => {
    const messages = await validationMessages(payload.create({ collection: 'drafts', data: draftData('2026-12-01T03:00:00Z', '2026-12-20T03:00:00Z') }))
    expect(messages[0]).toMatch(/^Thời gian lấy ý kiến là 20 ngày, ít hơn mức tối thiểu 30 ngày đối với loại văn bản "Loại thử \d+"\. Hãy lùi ngày kết thúc\.$/)
  })

  it('follows the setting of the document type, not a constant', async () => {
    await payload.update({ collection: 'document-types', id: typeId, data: { minimumConsultationDays: 15 } })
    const draft = await payload.create({ collection: 'drafts', data: draftData('2026-12-01T03:00:00Z', '2026-12-20T03:00:00Z') })
    expect(draft.id).toBeTruthy()
    await payload.update({ collection: 'document-types', id: typeId, data: { minimumConsultationDays: 30 } })
  })

  it('stores the whole opening and closing days in Vietnam time', async () => {
    const draft = await payload.create({ collection: 'drafts', data: draftData('2027-01-05T10:00:00Z', '2027-02-10T10:00:00Z') })
    expect(draft.opensAt).toBe('2027-01-04T17:00:00.000Z')
    expect(draft.closesAt).toBe('2027-02-10T16:59:59.999Z')
  })

  it('computes the status from the dates instead of storing it', async () => {
    const draft = await payload.create({ collection: 'drafts', data: draftData('2020-01-01T03:00:00Z', '2020-03-01T03:00:00Z') })
    expect(draft.status).toBe('closed')
    const issued = await payload.update({ collection: 'drafts', id: draft.id, data: { numberAndSymbol: '01/2020/QĐ-UBND' } })
    expect(issued.status).toBe('issued')
  })
})

describe('text and slugs', () => {
  it('stores decomposed (NFD) input as NFC', async () => {
    const title = 'Quy định về đất đai ở xã Đại Lộc'
    const draft = await payload.create({ collection: 'drafts', data: draftData('2026-12-01T03:00:00Z', '2027-01-30T03:00:00Z', title.normalize('NFD')) })
    expect(draft.title).toBe(title.normalize('NFC'))
    expect(draft.title).not.toBe(title.normalize('NFD'))
  })

  it('makes slugs that fold Vietnamese letters, đ included', async () => {
    const draft = await payload.create({
      collection: 'drafts',
      data: draftData('2026-12-01T03:00:00Z', '2027-01-30T03:00:00Z', 'Chính sách đất đai vùng đồng bào'),
    })
    expect(draft.slug).toBe('chinh-sach-dat-dai-vung-dong-bao')
  })

  it('makes the same slug from decomposed input', async () => {
    const topic = await payload.create({ collection: 'topics', data: { name: 'Đường thủy nội địa'.normalize('NFD'), slug: '' } })
    expect(topic.slug).toBe('duong-thuy-noi-dia')
  })
})

describe('uploads', () => {
  it('refuses a file that claims to be a PDF but is not, with a clear message', async () => {
    const data = Buffer.from('Đây không phải tệp PDF, chỉ là văn bản thường.')
    await expect(
      payload.create({ collection: 'files', data: { title: 'Tệp giả' }, file: { data, mimetype: 'application/pdf', name: 'gia.pdf', size: data.length } }),
    ).rejects.toThrow(/không phải PDF, DOCX, ODT/)
    const stored = await payload.find({ collection: 'files', where: { title: { equals: 'Tệp giả' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('accepts a real PDF whatever its name says', async () => {
    const data = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
    const file = await payload.create({
      collection: 'files',
      data: { title: 'Tờ trình thật' },
      file: { data, mimetype: 'application/octet-stream', name: 'to-trinh.bin', size: data.length },
    })
    expect(file.mimeType).toBe('application/pdf')
  })

  it('requires alt text on images', async () => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const messages = await validationMessages(
      payload.create({ collection: 'media', data: { alt: '' }, file: { data: png, mimetype: 'image/png', name: 'khong-mo-ta.png', size: png.length } }),
    )
    expect(messages).toHaveLength(1)
  })

  it('makes a 1200×630 share card from every image', async () => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh thử' },
      file: { data: png, mimetype: 'image/png', name: 'the-chia-se.png', size: png.length },
    })
    expect(media.sizes?.card).toMatchObject({ width: 1200, height: 630 })
  })
})
