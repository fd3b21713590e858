import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types'
import { testPayload } from '../helpers/payload'
import { restGet } from '../helpers/rest'
import { richText } from '../helpers/richText'

let payload: Payload
let agencyEditor: User
let reviewer: User
let own: string
let other: string
let otherDraftId: string
let typeId: string

const draftData = (agency: string, title: string) => ({
  title,
  slug: '',
  documentType: typeId,
  draftingAgency: agency,
  summary: 'Tóm tắt.',
  opensAt: '2027-01-01T03:00:00Z',
  closesAt: '2027-03-01T03:00:00Z',
})

beforeAll(async () => {
  payload = await testPayload()
  own = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Y tế' } } })).docs[0]!.id
  other = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Xây dựng' } } })).docs[0]!.id
  typeId = (await payload.find({ collection: 'document-types', limit: 1 })).docs[0]!.id
  const stamp = Date.now()
  agencyEditor = await payload.create({
    collection: 'users',
    data: { email: `bt-so-y-te-${stamp}@vi-du.invalid`, password: 'mat-khau-so-y-te-1', name: 'Biên tập Sở Y tế', roles: ['agency-editor'], agency: own },
  })
  reviewer = await payload.create({
    collection: 'users',
    data: { email: `duyet-${stamp}@vi-du.invalid`, password: 'mat-khau-duyet-1', name: 'Người duyệt', roles: ['reviewer'] },
  })
  otherDraftId = (
    await payload.create({ collection: 'drafts', draft: true, data: { ...draftData(other, 'Dự thảo nội bộ của Sở Xây dựng'), _status: 'draft' } })
  ).id
})

const as = (user: User) => ({ user, overrideAccess: false })

describe('an agency editor', () => {
  it('creates drafts for their own agency, filed there even when none is given', async () => {
    const draft = await payload.create({
      collection: 'drafts',
      draft: true,
      ...as(agencyEditor),
      data: { ...draftData('', 'Dự thảo của Sở Y tế'), draftingAgency: undefined as unknown as string, _status: 'draft' },
    })
    expect(String(draft.draftingAgency && typeof draft.draftingAgency === 'object' ? draft.draftingAgency.id : draft.draftingAgency)).toBe(own)
  })

  it('cannot create a draft for another agency', async () => {
    await expect(
      payload.create({ collection: 'drafts', draft: true, ...as(agencyEditor), data: { ...draftData(other, 'Dự thảo mạo danh'), _status: 'draft' } }),
    ).rejects.toThrow(/cơ quan, đơn vị mình/)
  })

  it("cannot open or change another agency's unpublished draft", async () => {
    await expect(payload.findByID({ collection: 'drafts', id: otherDraftId, draft: true, ...as(agencyEditor) })).rejects.toThrow()
    await expect(payload.update({ collection: 'drafts', id: otherDraftId, draft: true, ...as(agencyEditor), data: { summary: 'Sửa trộm.' } })).rejects.toThrow()
    const list = await payload.find({ collection: 'drafts', draft: true, ...as(agencyEditor), pagination: false })
    expect(list.docs.map((doc) => doc.id)).not.toContain(otherDraftId)
  })

  it('still reads what other agencies have published', async () => {
    const published = await payload.find({ collection: 'explainers', ...as(agencyEditor), where: { agency: { not_equals: own } }, limit: 1 })
    expect(published.docs.length).toBe(1)
  })

  it('cannot publish, but a reviewer can publish their draft', async () => {
    const draft = await payload.create({
      collection: 'explainers',
      draft: true,
      ...as(agencyEditor),
      data: {
        title: 'Bài của Sở Y tế chờ duyệt',
        slug: '',
        lead: 'Chờ duyệt.',
        body: richText('Chờ duyệt.'),
        lifecycleStage: 'drafting',
        agency: own,
        _status: 'draft',
      },
    })
    await expect(payload.update({ collection: 'explainers', id: draft.id, ...as(agencyEditor), data: { _status: 'published' } })).rejects.toThrow(
      /không tự xuất bản/,
    )
    const published = await payload.update({ collection: 'explainers', id: draft.id, ...as(reviewer), data: { _status: 'published' } })
    expect(published._status).toBe('published')
  })

  it('cannot edit the handbook, plans or topics, which belong to no single agency', async () => {
    const chapter = (await payload.find({ collection: 'handbook-chapters', limit: 1 })).docs[0]!
    await expect(payload.update({ collection: 'handbook-chapters', id: chapter.id, ...as(agencyEditor), data: { summary: 'Sửa.' } })).rejects.toThrow()
    await expect(payload.create({ collection: 'topics', ...as(agencyEditor), data: { name: 'Lĩnh vực mới', slug: '' } })).rejects.toThrow()
  })

  it("is refused another agency's draft over REST too", async () => {
    const { token } = await payload.login({ collection: 'users', data: { email: agencyEditor.email, password: 'mat-khau-so-y-te-1' } })
    const response = await restGet(`/api/drafts/${otherDraftId}?draft=true`, { authorization: `JWT ${token}` })
    expect(response.status).toBe(404)
  })

  // The admin's edit screen asks for the document's versions as the user: a query that fails leaves it blank.
  it.each([
    ['drafts', 'draftingAgency'],
    ['explainers', 'agency'],
    ['press-briefings', 'agency'],
  ] as const)("reads the versions of their own agency's %s and none of another's", async (collection, agencyField) => {
    const make = async (agency: string) =>
      (
        (await payload.create({
          collection,
          draft: true,
          data:
            collection === 'drafts'
              ? { ...draftData(agency, `Dự thảo có phiên bản ${agency}`), _status: 'draft' }
              : { title: `Có phiên bản ${agency}`, [agencyField]: agency, _status: 'draft' },
        } as never)) as { id: string }
      ).id
    const versionsOf = async (id: string) =>
      (await payload.countVersions({ collection, where: { parent: { equals: id } }, ...as(agencyEditor) } as never)).totalDocs
    expect(await versionsOf(await make(own))).toBeGreaterThan(0)
    expect(await versionsOf(await make(other))).toBe(0)
  })
})
