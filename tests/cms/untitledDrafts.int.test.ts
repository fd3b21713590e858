import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload, validationMessages } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('an empty "Lưu bản nháp"', () => {
  it.each(['drafts', 'explainers', 'handbook-chapters', 'policy-documents', 'press-briefings'] as const)('makes no untitled %s', async (collection) => {
    const before = (await payload.count({ collection, draft: true } as never)).totalDocs
    expect(await validationMessages(payload.create({ collection, draft: true, data: { _status: 'draft' } as never }))).toEqual([
      'Cần nhập tiêu đề trước khi lưu.',
    ])
    expect(await validationMessages(payload.create({ collection, draft: true, data: { title: '   ', _status: 'draft' } as never }))).toEqual([
      'Cần nhập tiêu đề trước khi lưu.',
    ])
    expect((await payload.count({ collection, draft: true } as never)).totalDocs).toBe(before)
  })

  it('still saves a draft that has only its title, and never lets an edit clear it', async () => {
    const doc = await payload.create({ collection: 'explainers', draft: true, data: { title: 'Bài mới, mới có tiêu đề', _status: 'draft' } as never })
    expect(doc.title).toBe('Bài mới, mới có tiêu đề')
    expect(await validationMessages(payload.update({ collection: 'explainers', id: doc.id, draft: true, data: { title: '' } }))).toEqual([
      'Cần nhập tiêu đề trước khi lưu.',
    ])
    // Another language's fields without a title leave the title as it is.
    await payload.update({ collection: 'explainers', id: doc.id, draft: true, locale: 'ktv', data: { lead: 'Bản Cơ Tu đang dịch.' } })
  })
})
