import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types'
import { testPayload } from '../helpers/payload'
import { restRequest } from '../helpers/rest'
import { richText } from '../helpers/richText'

// Every role against every kind of content and operation, through the Local API with access control on, and the
// write operations again through REST: what each role may do, and every attempt that must fail.
type Role = 'anonymous' | 'agency-editor' | 'agency-reviewer' | 'reviewer' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'agency-editor', 'agency-reviewer', 'reviewer', 'editor', 'admin']

let payload: Payload
let own: string
let other: string
let typeId: string
let commentId: string
let auditId: string
const users: Partial<Record<Role, User>> = {}
const tokens: Partial<Record<Role, string>> = {}
const stamp = Date.now()
let serial = 0

const agencyScoped: Record<'drafts' | 'explainers' | 'press-briefings', (agency: string) => Record<string, unknown>> = {
  drafts: (agency) => ({
    title: `Dự thảo ma trận ${++serial}`,
    slug: '',
    documentType: typeId,
    draftingAgency: agency,
    summary: 'Tóm tắt.',
    opensAt: '2027-01-01T03:00:00Z',
    closesAt: '2027-03-01T03:00:00Z',
  }),
  explainers: (agency) => ({ title: `Bài ma trận ${++serial}`, slug: '', lead: 'Tóm tắt.', body: richText('Nội dung.'), lifecycleStage: 'drafting', agency }),
  'press-briefings': (agency) => ({
    title: `Họp báo ma trận ${++serial}`,
    slug: '',
    kind: 'monthly',
    heldAt: '2027-01-05T02:00:00Z',
    agency,
    summary: 'Nội dung.',
  }),
}
const provinceWide: Record<'handbook-chapters' | 'policy-documents' | 'topics', () => Record<string, unknown>> = {
  'handbook-chapters': () => ({
    title: `Chương ma trận ${++serial}`,
    slug: '',
    order: 100 + serial,
    edition: '2026',
    summary: 'Tóm tắt.',
    body: richText('Nội dung.'),
  }),
  'policy-documents': () => ({
    title: `Kế hoạch ma trận ${++serial}`,
    slug: '',
    kind: 'plan',
    numberAndSymbol: `${serial}/KH-UBND`,
    issuedAt: '2026-01-01T00:00:00Z',
    issuingAgency: own,
    body: richText('Nội dung.'),
  }),
  topics: () => ({ name: `Lĩnh vực ma trận ${++serial}`, slug: '' }),
}

const as = (role: Role) => (role === 'anonymous' ? { overrideAccess: false } : { user: users[role], overrideAccess: false })
/** 'yes' when the operation succeeds for the role, 'no' when Payload refuses it. */
const outcome = (operation: Promise<unknown>) =>
  operation.then(
    () => 'yes',
    () => 'no',
  )
const allowedFor = (...allowed: Role[]) => Object.fromEntries(roles.map((role) => [role, allowed.includes(role) ? 'yes' : 'no']))

beforeAll(async () => {
  payload = await testPayload()
  own = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Y tế' } } })).docs[0]!.id
  other = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Công Thương' } } })).docs[0]!.id
  typeId = (await payload.find({ collection: 'document-types', limit: 1 })).docs[0]!.id
  const accounts: [Role, User['roles'], string | undefined][] = [
    ['agency-editor', ['agency-editor'], own],
    ['agency-reviewer', ['reviewer'], own],
    ['reviewer', ['reviewer'], undefined],
    ['editor', ['editor'], undefined],
    ['admin', ['admin'], undefined],
  ]
  for (const [role, userRoles, agency] of accounts) {
    const email = `ma-tran-${role}-${stamp}@vi-du.invalid`
    users[role] = await payload.create({
      collection: 'users',
      data: { email, password: 'mat-khau-ma-tran-1', name: `Tài khoản ma trận ${role}`, roles: userRoles, agency },
    })
    tokens[role] = (await payload.login({ collection: 'users', data: { email, password: 'mat-khau-ma-tran-1' } })).token
  }
  commentId = (await payload.find({ collection: 'comments', limit: 1, depth: 0 })).docs[0]!.id
  auditId = (await payload.find({ collection: 'audit-log', limit: 1, depth: 0 })).docs[0]!.id
})

/** An unpublished document of a collection, filed under `agency` when the collection has one. */
const plant = async (collection: keyof typeof agencyScoped, agency: string) =>
  (await payload.create({ collection, draft: true, data: { ...agencyScoped[collection](agency), _status: 'draft' } as never })).id

describe.each(Object.keys(agencyScoped) as (keyof typeof agencyScoped)[])('%s (belongs to an agency)', (collection) => {
  const row = async (operation: (role: Role) => Promise<unknown>) =>
    Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await outcome(operation(role))])))

  it("reading another agency's unpublished document", async () => {
    const id = await plant(collection, other)
    expect(await row((role) => payload.findByID({ collection, id, draft: true, ...as(role) }))).toEqual(allowedFor('reviewer', 'editor', 'admin'))
  })

  it('creating a draft for the own agency', async () => {
    expect(
      await row((role) => payload.create({ collection, draft: true, ...as(role), data: { ...agencyScoped[collection](own), _status: 'draft' } as never })),
    ).toEqual(allowedFor('agency-editor', 'agency-reviewer', 'reviewer', 'editor', 'admin'))
  })

  it('creating a draft for another agency', async () => {
    expect(
      await row((role) => payload.create({ collection, draft: true, ...as(role), data: { ...agencyScoped[collection](other), _status: 'draft' } as never })),
    ).toEqual(allowedFor('reviewer', 'editor', 'admin'))
  })

  it('publishing a document of the own agency', async () => {
    const ids = Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await plant(collection, own)])))
    expect(await row((role) => payload.update({ collection, id: ids[role], ...as(role), data: { _status: 'published' } as never }))).toEqual(
      allowedFor('agency-reviewer', 'reviewer', 'editor', 'admin'),
    )
  })

  it("changing another agency's document", async () => {
    const id = await plant(collection, other)
    expect(await row((role) => payload.update({ collection, id, draft: true, ...as(role), data: { _status: 'draft' } as never }))).toEqual(
      allowedFor('reviewer', 'editor', 'admin'),
    )
  })

  it("deleting another agency's document", async () => {
    const ids = Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await plant(collection, other)])))
    expect(await row((role) => payload.delete({ collection, id: ids[role], ...as(role) }))).toEqual(allowedFor('reviewer', 'editor', 'admin'))
  })

  it('the same writes through REST', async () => {
    const statuses: Record<string, number[]> = {}
    for (const role of roles) {
      const auth: Record<string, string> = role === 'anonymous' ? {} : { authorization: `JWT ${tokens[role]}` }
      const json = { ...auth, 'content-type': 'application/json' }
      const target = await plant(collection, other)
      statuses[role] = [
        (
          await restRequest(`/api/${collection}?draft=true`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ ...agencyScoped[collection](own), _status: 'draft' }),
          })
        ).status,
        (await restRequest(`/api/${collection}/${target}?draft=true`, { method: 'PATCH', headers: json, body: JSON.stringify({ _status: 'draft' }) })).status,
        (await restRequest(`/api/${collection}/${target}`, { method: 'DELETE', headers: auth })).status,
      ]
    }
    const refused = (status: number) => status === 401 || status === 403 || status === 404
    expect(statuses.anonymous!.every(refused)).toBe(true)
    for (const role of ['agency-editor', 'agency-reviewer'] as const) {
      expect(statuses[role]![0]).toBe(201)
      expect(statuses[role]!.slice(1).every(refused), `${role}: ${statuses[role]}`).toBe(true)
    }
    for (const role of ['reviewer', 'editor', 'admin'] as const) expect(statuses[role], role).toEqual([201, 200, 200])
  })
})

describe.each(Object.keys(provinceWide) as (keyof typeof provinceWide)[])('%s (province-wide)', (collection) => {
  it('only province-wide accounts create it', async () => {
    const results = Object.fromEntries(
      await Promise.all(
        roles.map(async (role) => [
          role,
          await outcome(payload.create({ collection: collection as CollectionSlug, ...as(role), data: provinceWide[collection]() as never })),
        ]),
      ),
    )
    expect(results).toEqual(allowedFor('reviewer', 'editor', 'admin'))
  })
})

describe('reference data, accounts, comments and the audit trail', () => {
  const results = async (operation: (role: Role) => Promise<unknown>) =>
    Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await outcome(operation(role))])))

  it('only admins create agencies and document types', async () => {
    expect(
      await results((role) =>
        payload.create({
          collection: 'agencies',
          ...as(role),
          data: { name: `Cơ quan ma trận ${role} ${stamp}`, slug: '', kind: 'provincial-department' } as never,
        }),
      ),
    ).toEqual(allowedFor('admin'))
    expect(
      await results((role) =>
        payload.create({ collection: 'document-types', ...as(role), data: { name: `Loại ma trận ${role} ${stamp}`, minimumConsultationDays: 30 } as never }),
      ),
    ).toEqual(allowedFor('admin'))
  })

  it('only admins create accounts or read other people’s', async () => {
    expect(
      await results((role) =>
        payload.create({
          collection: 'users',
          ...as(role),
          data: { email: `moi-${role}-${stamp}@vi-du.invalid`, password: 'mat-khau-moi-12345', name: 'Mới', roles: ['admin'] },
        }),
      ),
    ).toEqual(allowedFor('admin'))
    expect(await results((role) => payload.findByID({ collection: 'users', id: users.editor!.id, ...as(role) }))).toEqual(allowedFor('editor', 'admin'))
  })

  it('nobody creates comments except through the public form; anonymous readers never read them', async () => {
    expect(
      await results((role) =>
        payload.create({
          collection: 'comments',
          ...as(role),
          data: { draft: 'x', agency: own, text: 'x', name: 'x', locality: 'x', consentAt: new Date().toISOString() } as never,
        }),
      ),
    ).toEqual(allowedFor())
    expect((await results((role) => payload.findByID({ collection: 'comments', id: commentId, ...as(role) }))).anonymous).toBe('no')
  })

  it('nobody changes the audit trail', async () => {
    expect(await results((role) => payload.update({ collection: 'audit-log', id: auditId, ...as(role), data: { note: 'sửa' } }))).toEqual(allowedFor())
    expect(await results((role) => payload.delete({ collection: 'audit-log', id: auditId, ...as(role) }))).toEqual(allowedFor())
  })

  it('only admins see alert subscribers’ addresses; nobody writes subscriptions or alerts but the CMS itself', async () => {
    const subscription = await payload.create({
      collection: 'alert-subscriptions',
      data: {
        email: `ma-tran-theo-doi-${stamp}@vi-du.invalid`,
        kinds: ['newDraft'],
        frequency: 'immediate',
        consentAt: new Date().toISOString(),
        consentText: 'x',
      },
    })
    const alert = await payload.create({ collection: 'alerts', data: { key: `ma-tran-${stamp}`, kind: 'newDraft', title: 'x', url: 'http://127.0.0.1/' } })
    expect(await results((role) => payload.findByID({ collection: 'alert-subscriptions', id: subscription.id, ...as(role) }))).toEqual(allowedFor('admin'))
    expect(await results((role) => payload.findByID({ collection: 'alerts', id: alert.id, ...as(role) }))).toEqual(allowedFor('admin'))
    expect(
      await results((role) =>
        payload.create({
          collection: 'alert-subscriptions',
          ...as(role),
          data: {
            email: `ma-tran-${role}-${stamp}@vi-du.invalid`,
            kinds: ['newDraft'],
            frequency: 'immediate',
            consentAt: new Date().toISOString(),
            consentText: 'x',
          },
        }),
      ),
    ).toEqual(allowedFor())
    expect(
      await results((role) =>
        payload.update({ collection: 'alert-subscriptions', id: subscription.id, ...as(role), data: { confirmedAt: new Date().toISOString() } }),
      ),
    ).toEqual(allowedFor())
    expect(await results((role) => payload.update({ collection: 'alerts', id: alert.id, ...as(role), data: { title: 'sửa' } }))).toEqual(allowedFor())
    expect(
      await results((role) =>
        payload.create({ collection: 'alerts', ...as(role), data: { key: `ma-tran-${role}-${stamp}`, kind: 'newDraft', title: 'x', url: 'x' } }),
      ),
    ).toEqual(allowedFor())
    expect(await results((role) => payload.delete({ collection: 'alerts', id: alert.id, ...as(role) }))).toEqual(allowedFor())
  })
})
