import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Draft, User } from '../../cms/payload-types'
import { testPayload, validationMessages } from '../helpers/payload'
import { restGet } from '../helpers/rest'
import { relationId } from '../../shared/relationId'

let payload: Payload
let open: Draft
let closed: Draft
let ownEditor: User
let otherEditor: User
let editor: User

const bySlug = async (slug: string) => (await payload.find({ collection: 'drafts', where: { slug: { equals: slug } }, locale: 'vi', depth: 0 })).docs[0]!
const as = (user: User) => ({ user, overrideAccess: false })

beforeAll(async () => {
  payload = await testPayload()
  open = await bySlug('quy-dinh-ho-tro-chuyen-doi-so-cap-xa')
  closed = await bySlug('quy-dinh-han-muc-giao-dat-o')
  const other = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Y tế' } } })).docs[0]!.id
  const stamp = Date.now()
  const user = (name: string, roles: User['roles'], agency?: string) =>
    payload.create({ collection: 'users', data: { email: `${name}-${stamp}@vi-du.invalid`, password: `mat-khau-${name}-1`, name, roles, agency } })
  ownEditor = await user('bt-chu-tri', ['agency-editor'], relationId(open.draftingAgency))
  otherEditor = await user('bt-so-y-te', ['agency-editor'], other)
  editor = await user('bt-tinh', ['editor'])
})

describe('moderating comments', () => {
  it("shows agency editors only the comments on their own agency's drafts", async () => {
    const own = await payload.find({ collection: 'comments', ...as(ownEditor), pagination: false, depth: 0 })
    expect(own.docs.length).toBeGreaterThan(0)
    expect(new Set(own.docs.map((comment) => relationId(comment.agency)))).toEqual(new Set([relationId(open.draftingAgency)]))
    expect((await payload.find({ collection: 'comments', ...as(otherEditor), pagination: false })).docs).toHaveLength(0)
    const all = await payload.count({ collection: 'comments', ...as(editor) })
    expect(all.totalDocs).toBeGreaterThan(own.docs.length)
  })

  it('moves many comments to a state at once, within the editor’s agency only', async () => {
    const waiting = await payload.find({
      collection: 'comments',
      where: { and: [{ draft: { equals: open.id } }, { state: { equals: 'new' } }] },
      depth: 0,
      pagination: false,
    })
    expect(waiting.docs.length).toBeGreaterThan(1)
    const where = { id: { in: waiting.docs.map((comment) => comment.id) } }
    const refused = await payload.update({ collection: 'comments', where, data: { state: 'spam' }, ...as(otherEditor) })
    expect(refused.docs).toHaveLength(0)
    const moved = await payload.update({ collection: 'comments', where, data: { state: 'valid' }, ...as(ownEditor) })
    expect(moved.errors).toEqual([])
    expect(moved.docs.map((comment) => comment.state)).toEqual(waiting.docs.map(() => 'valid'))
  })

  it('lets nobody create comments from the admin or the REST API except through the public form', async () => {
    await expect(
      payload.create({
        collection: 'comments',
        ...as(editor),
        data: {
          draft: open.id,
          agency: relationId(open.draftingAgency)!,
          text: 'Nhập tay.',
          name: 'A',
          locality: 'B',
          consentAt: new Date().toISOString(),
          state: 'new',
        },
      }),
    ).rejects.toThrow()
  })
})

describe('the consultation response', () => {
  it('is published with counts and only the comments whose authors allowed it, without names or contacts', async () => {
    const response = await restGet(`/api/consultation-responses?where[draft][equals]=${closed.id}&depth=0`)
    expect(response.status).toBe(200)
    const text = await response.text()
    const doc = JSON.parse(text).docs[0]
    const valid = await payload.find({
      collection: 'comments',
      where: { and: [{ draft: { equals: closed.id } }, { state: { equals: 'valid' } }] },
      pagination: false,
      depth: 0,
    })
    expect(doc.counts.total).toBe(valid.totalDocs)
    expect(doc.counts.byArticle.find((row: { article: number | null }) => row.article === 4).count).toBe(
      valid.docs.filter((comment) => comment.article === 4).length,
    )
    const validIds = new Set(valid.docs.map((comment) => comment.id))
    const byOutcome: Record<string, number> = { accepted: 0, 'partly-accepted': 0, 'not-accepted': 0 }
    for (const item of doc.items) byOutcome[item.outcome] += item.comments.filter((id: string) => validIds.has(id)).length
    expect(doc.counts.byOutcome).toEqual(byOutcome)
    expect(byOutcome.accepted).toBeGreaterThanOrEqual(5)
    const publishable = valid.docs
      .filter((comment) => comment.mayPublish)
      .map((comment) => comment.id)
      .sort()
    expect(doc.publicComments.map((comment: { id: string }) => comment.id).sort()).toEqual(publishable)
    for (const comment of valid.docs) {
      expect(text).not.toContain(comment.name)
      if (!comment.mayPublish) expect(text).not.toContain(comment.text.slice(0, 40))
    }
    expect(text).not.toContain('Bán đất nền')
  })

  it('cannot be published while the consultation is still open', async () => {
    await expect(
      payload.create({ collection: 'consultation-responses', data: { title: 'Giải trình sớm', draft: open.id, items: [], _status: 'published' } }),
    ).rejects.toThrow(/sau khi kết thúc lấy ý kiến/)
    const draftOnly = await payload.create({
      collection: 'consultation-responses',
      draft: true,
      data: { title: 'Giải trình đang soạn', draft: open.id, items: [], _status: 'draft' },
    })
    expect(draftOnly._status).toBe('draft')
    expect((await restGet(`/api/consultation-responses?where[draft][equals]=${open.id}`)).status).toBe(200)
    expect(await (await restGet(`/api/consultation-responses?where[draft][equals]=${open.id}`)).text()).not.toContain('Giải trình đang soạn')
  })

  it('must be published before a draft is marked "đã tiếp thu, giải trình"', async () => {
    const messages = await validationMessages(payload.update({ collection: 'drafts', id: open.id, data: { responded: true, _status: 'published' } }))
    expect(messages.join(' ')).toContain('hãy xuất bản bản tổng hợp, giải trình, tiếp thu ý kiến')
    const marked = await payload.findByID({ collection: 'drafts', id: closed.id, depth: 0 })
    expect(marked).toMatchObject({ responded: true, status: 'responded' })
  })
})

describe('versions of a draft', () => {
  it('keeps the articles of the previous published version when a new version is published', async () => {
    const draft = await payload.create({
      collection: 'drafts',
      data: {
        title: 'Quy định thử so sánh phiên bản',
        slug: '',
        documentType: open.documentType,
        draftingAgency: open.draftingAgency,
        summary: 'Thử.',
        versionLabel: 'Dự thảo lần 1',
        opensAt: open.opensAt,
        closesAt: open.closesAt,
        articles: [{ number: 1, heading: 'Mức hỗ trợ', body: 'Hỗ trợ 2 triệu đồng mỗi năm.' }],
        _status: 'published',
      },
    })
    const typo = await payload.update({ collection: 'drafts', id: draft.id, data: { summary: 'Thử lại.', _status: 'published' } })
    expect(typo.previousVersion?.label ?? null).toBeNull()
    const second = await payload.update({
      collection: 'drafts',
      id: draft.id,
      data: { versionLabel: 'Dự thảo lần 2', articles: [{ number: 1, heading: 'Mức hỗ trợ', body: 'Hỗ trợ 3 triệu đồng mỗi năm.' }], _status: 'published' },
    })
    expect(second.previousVersion).toMatchObject({
      label: 'Dự thảo lần 1',
      articles: [{ number: 1, heading: 'Mức hỗ trợ', body: 'Hỗ trợ 2 triệu đồng mỗi năm.' }],
    })
    const saved = await payload.update({ collection: 'drafts', id: draft.id, draft: true, data: { versionLabel: 'Dự thảo lần 3', _status: 'draft' } })
    expect(saved.previousVersion?.label).toBe('Dự thảo lần 1')
  })
})
