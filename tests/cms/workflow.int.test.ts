import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Explainer, User } from '../../cms/payload-types'
import { testPayload, validationMessages } from '../helpers/payload'
import { restGet, restPost, restRequest } from '../helpers/rest'
import { richText } from '../helpers/richText'
import { relationId } from '../../shared/relationId'

let payload: Payload
let author: User
let reviewer: User
let agencyReviewer: User
let admin: User
let own: string
let other: string

const as = (user: User) => ({ user, overrideAccess: false })
const trail = async (id: string) =>
  (await payload.find({ collection: 'audit-log', where: { documentId: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false })).docs.map(
    (entry) => `${entry.action} ${entry.userEmail}${entry.note ? `: ${entry.note}` : ''}`,
  )

beforeAll(async () => {
  payload = await testPayload()
  own = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Nội vụ' } } })).docs[0]!.id
  other = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Xây dựng' } } })).docs[0]!.id
  const stamp = Date.now()
  const user = (name: string, roles: User['roles'], agency?: string) =>
    payload.create({ collection: 'users', data: { email: `${name}-${stamp}@vi-du.invalid`, password: `mat-khau-${name}-1`, name, roles, agency } })
  author = await user('soan-thao', ['agency-editor'], own)
  reviewer = await user('duyet-tinh', ['reviewer'])
  agencyReviewer = await user('duyet-so', ['reviewer'], own)
  admin = await user('quan-tri', ['admin'])
})

async function newExplainer(title: string): Promise<Explainer> {
  return payload.create({
    collection: 'explainers',
    draft: true,
    ...as(author),
    data: { title, slug: '', lead: 'Tóm tắt.', body: richText('Nội dung.'), lifecycleStage: 'drafting', agency: own, _status: 'draft' },
  })
}

describe('review: draft → submitted → approved → published', () => {
  it('takes an explainer from its author through a reviewer who sends it back, to publication, and records each step', async () => {
    const draft = await newExplainer('Bài giải thích đi qua quy trình duyệt')
    expect(draft).toMatchObject({ reviewState: 'draft', _status: 'draft' })
    expect(relationId(draft.updatedBy)).toBe(author.id)

    const submitted = await payload.update({ collection: 'explainers', id: draft.id, draft: true, ...as(author), data: { reviewState: 'submitted' } })
    expect(submitted.reviewState).toBe('submitted')
    await expect(payload.update({ collection: 'explainers', id: draft.id, draft: true, ...as(author), data: { reviewState: 'approved' } })).rejects.toThrow(
      /Chỉ người duyệt/,
    )
    await expect(payload.update({ collection: 'explainers', id: draft.id, ...as(author), data: { _status: 'published' } })).rejects.toThrow(/không tự xuất bản/)

    await expect(payload.update({ collection: 'explainers', id: draft.id, draft: true, ...as(reviewer), data: { reviewState: 'returned' } })).rejects.toThrow(
      /ghi ý kiến của người duyệt/,
    )
    const returned = await payload.update({
      collection: 'explainers',
      id: draft.id,
      draft: true,
      ...as(reviewer),
      data: { reviewState: 'returned', reviewNote: 'Bổ sung mức hỗ trợ cụ thể.' },
    })
    expect(returned.reviewState).toBe('returned')

    const edited = await payload.update({
      collection: 'explainers',
      id: draft.id,
      draft: true,
      ...as(author),
      data: { lead: 'Tóm tắt có mức hỗ trợ 2 triệu đồng.' },
    })
    expect(edited.reviewState).toBe('draft')
    await payload.update({ collection: 'explainers', id: draft.id, draft: true, ...as(author), data: { reviewState: 'submitted' } })
    const published = await payload.update({ collection: 'explainers', id: draft.id, ...as(reviewer), data: { _status: 'published' } })
    expect(published).toMatchObject({ _status: 'published', reviewState: 'approved' })

    expect(await trail(draft.id)).toEqual([
      `submit ${author.email}`,
      `return ${reviewer.email}: Bổ sung mức hỗ trợ cụ thể.`,
      `submit ${author.email}`,
      `publish ${reviewer.email}`,
    ])
  })

  it('keeps who saved each version, for the versions view', async () => {
    const draft = await newExplainer('Bài giải thích có lịch sử phiên bản')
    await payload.update({ collection: 'explainers', id: draft.id, ...as(reviewer), data: { _status: 'published' } })
    const versions = await payload.findVersions({ collection: 'explainers', where: { parent: { equals: draft.id } }, sort: 'createdAt', depth: 0 })
    const savedBy = versions.docs.map((version) => relationId(version.version.updatedBy))
    expect(savedBy[0]).toBe(author.id)
    expect(savedBy.at(-1)).toBe(reviewer.id)
  })
})

describe('sending for review', () => {
  it('refuses a half-written draft, naming each field it still needs, and saves nothing', async () => {
    const draft = await payload.create({
      collection: 'explainers',
      draft: true,
      ...as(author),
      data: { title: 'Bài mới viết được tiêu đề', lead: '   ', body: richText(' '), agency: own, _status: 'draft' },
    })
    expect(
      await validationMessages(payload.update({ collection: 'explainers', id: draft.id, draft: true, ...as(author), data: { reviewState: 'submitted' } })),
    ).toEqual([
      'Cần điền "Sa-pô (tóm tắt)" trước khi gửi duyệt.',
      'Cần điền "Nội dung" trước khi gửi duyệt.',
      'Cần điền "Giai đoạn chính sách" trước khi gửi duyệt.',
    ])
    // The same over REST, as a script would try it.
    const { token } = await payload.login({ collection: 'users', data: { email: author.email, password: 'mat-khau-soan-thao-1' } })
    const rest = await restRequest(`/api/explainers/${draft.id}?draft=true`, {
      method: 'PATCH',
      body: JSON.stringify({ reviewState: 'submitted', _status: 'draft' }),
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    })
    expect(rest.status).toBe(400)
    expect((await payload.findByID({ collection: 'explainers', id: draft.id, draft: true, depth: 0 })).reviewState).toBe('draft')
    expect(await trail(draft.id)).toEqual([])
    // Completed, it goes.
    const submitted = await payload.update({
      collection: 'explainers',
      id: draft.id,
      draft: true,
      ...as(author),
      data: { lead: 'Tóm tắt.', body: richText('Nội dung.'), lifecycleStage: 'drafting', reviewState: 'submitted' },
    })
    expect(submitted.reviewState).toBe('submitted')
    expect(submitted.slug).toBe('bai-moi-viet-duoc-tieu-de')
  })

  it('lets a complete new document be sent for review as it is created, its address made from its title', async () => {
    const created = await payload.create({
      collection: 'explainers',
      draft: true,
      ...as(author),
      data: {
        title: 'Bài gửi duyệt ngay khi tạo',
        lead: 'Tóm tắt.',
        body: richText('Nội dung.'),
        lifecycleStage: 'drafting',
        agency: own,
        reviewState: 'submitted',
        _status: 'draft',
      },
    })
    expect(created).toMatchObject({ reviewState: 'submitted', slug: 'bai-gui-duyet-ngay-khi-tao' })
  })

  it('checks every kind that goes through review, drafts included', async () => {
    const type = (await payload.find({ collection: 'document-types', limit: 1 })).docs[0]!.id
    const draft = await payload.create({
      collection: 'drafts',
      draft: true,
      ...as(author),
      data: { title: 'Dự thảo mới có trích yếu', documentType: type, draftingAgency: own, _status: 'draft' } as never,
    })
    const messages = await validationMessages(
      payload.update({ collection: 'drafts', id: draft.id, draft: true, ...as(author), data: { reviewState: 'submitted' } }),
    )
    expect(messages).toContain('Cần điền "Tóm tắt nội dung" trước khi gửi duyệt.')
    expect(messages).toContain('Cần điền "Kết thúc lấy ý kiến" trước khi gửi duyệt.')
    expect(messages.join(' ')).not.toMatch(/Trích yếu|Loại văn bản/)
  })
})

describe('the audit trail of publishing', () => {
  it('records unpublishing and deleting, but not a draft saved on top of published content', async () => {
    const draft = await newExplainer('Bài giải thích bị gỡ rồi xoá')
    await payload.update({ collection: 'explainers', id: draft.id, ...as(reviewer), data: { _status: 'published' } })
    await payload.update({ collection: 'explainers', id: draft.id, draft: true, ...as(reviewer), data: { lead: 'Bản sửa chưa xuất bản.' } })
    await payload.update({ collection: 'explainers', id: draft.id, ...as(reviewer), data: { _status: 'draft' } })
    await payload.update({ collection: 'explainers', id: draft.id, ...as(reviewer), data: { _status: 'published' } })
    await payload.delete({ collection: 'explainers', id: draft.id, ...as(admin) })
    expect(await trail(draft.id)).toEqual([`publish ${reviewer.email}`, `unpublish ${reviewer.email}`, `publish ${reviewer.email}`, `delete ${admin.email}`])
  })

  it('cannot be written, changed or deleted by anyone, admins included, through the Local API or REST', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1, depth: 0 })).docs
    expect(entry).toBeDefined()
    await expect(
      payload.create({ collection: 'audit-log', ...as(admin), data: { action: 'publish', collectionSlug: 'explainers', documentId: 'gia-mao' } }),
    ).rejects.toThrow()
    await expect(payload.update({ collection: 'audit-log', id: entry!.id, ...as(admin), data: { userEmail: 'nguoi-khac@vi-du.invalid' } })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id: entry!.id, ...as(admin) })).rejects.toThrow()
    const { token } = await payload.login({ collection: 'users', data: { email: admin.email, password: 'mat-khau-quan-tri-1' } })
    expect((await restPost('/api/audit-log', { action: 'publish', collectionSlug: 'x', documentId: 'y' }, { authorization: `JWT ${token}` })).status).toBe(403)
    expect((await payload.findByID({ collection: 'audit-log', id: entry!.id, depth: 0 })).userEmail).toBe(entry!.userEmail)
  })

  it('is shown to editors of the agency concerned, and to nobody anonymous', async () => {
    const mine = await payload.find({ collection: 'audit-log', ...as(author), pagination: false, depth: 0 })
    expect(mine.docs.length).toBeGreaterThan(0)
    expect(new Set(mine.docs.map((entry) => String(entry.agency)))).toEqual(new Set([own]))
    expect((await restGet('/api/audit-log')).status).toBe(403)
  })
})

describe('a reviewer given an agency', () => {
  it("publishes that agency's content and cannot touch another agency's", async () => {
    const draft = await newExplainer('Bài giải thích do người duyệt của sở xuất bản')
    const published = await payload.update({ collection: 'explainers', id: draft.id, ...as(agencyReviewer), data: { _status: 'published' } })
    expect(published._status).toBe('published')
    const foreign = await payload.create({
      collection: 'explainers',
      draft: true,
      data: {
        title: 'Bài của Sở Xây dựng chưa xuất bản',
        slug: '',
        lead: 'Tóm tắt.',
        body: richText('Nội dung.'),
        lifecycleStage: 'drafting',
        agency: other,
        _status: 'draft',
      },
    })
    await expect(payload.findByID({ collection: 'explainers', id: foreign.id, draft: true, ...as(agencyReviewer) })).rejects.toThrow()
    await expect(payload.update({ collection: 'explainers', id: foreign.id, ...as(agencyReviewer), data: { _status: 'published' } })).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'handbook-chapters',
        ...as(agencyReviewer),
        data: { title: 'Chương mới', slug: '', order: 50, edition: '2026', summary: 'Tóm tắt.', body: richText('Nội dung.') },
      }),
    ).rejects.toThrow()
  })
})
