import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../helpers/payload'
import { uniqueMarker } from '../helpers/uniqueMarker'
import { restGet, restPost } from '../helpers/rest'
import { richText } from '../helpers/richText'

let payload: Payload
let marker: string
let unpublishedId: string
let publishedWithPendingDraftId: string

beforeAll(async () => {
  payload = await testPayload()
  marker = uniqueMarker('truy-cap')
  const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
  const unpublished = await payload.create({
    collection: 'explainers',
    draft: true,
    data: {
      title: `Bài chưa xuất bản ${marker}`,
      slug: '',
      lead: marker,
      body: richText(marker),
      lifecycleStage: 'drafting',
      agency: agency.id,
      _status: 'draft',
    },
  })
  unpublishedId = unpublished.id
  // A published explainer whose newer, unpublished draft carries the marker.
  const published = await payload.create({
    collection: 'explainers',
    data: {
      title: 'Bài đã xuất bản có bản nháp mới',
      slug: '',
      lead: 'Bản đã xuất bản.',
      body: richText('Bản đã xuất bản.'),
      lifecycleStage: 'implementation',
      agency: agency.id,
      _status: 'published',
    },
  })
  publishedWithPendingDraftId = published.id
  await payload.update({ collection: 'explainers', id: published.id, draft: true, data: { lead: `Bản nháp ${marker}`, _status: 'draft' } })
})

describe('anonymous readers through the Local API with access control on', () => {
  it('do not see an unpublished explainer in lists', async () => {
    const result = await payload.find({ collection: 'explainers', overrideAccess: false, pagination: false })
    expect(result.docs.map((doc) => doc.id)).not.toContain(unpublishedId)
    expect(JSON.stringify(result.docs)).not.toContain(marker)
  })

  it('cannot read an unpublished explainer by ID', async () => {
    await expect(payload.findByID({ collection: 'explainers', id: unpublishedId, overrideAccess: false })).rejects.toThrow()
  })

  it('get the published version, not the pending draft, even when asking for drafts', async () => {
    const doc = await payload.findByID({ collection: 'explainers', id: publishedWithPendingDraftId, overrideAccess: false, draft: true })
    expect(doc.lead).toBe('Bản đã xuất bản.')
  })

  it('cannot list versions', async () => {
    await expect(payload.findVersions({ collection: 'explainers', overrideAccess: false })).rejects.toThrow()
  })

  it('cannot read user accounts', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })
})

describe('anonymous readers through the REST API', () => {
  it('list only published explainers', async () => {
    const response = await restGet('/api/explainers?limit=100')
    expect(response.status).toBe(200)
    const body = await response.text()
    expect(body).toContain('Bài đã xuất bản có bản nháp mới')
    expect(body).not.toContain(marker)
  })

  it('get 404 for an unpublished explainer by ID', async () => {
    const response = await restGet(`/api/explainers/${unpublishedId}`)
    expect(response.status).toBe(404)
  })

  it('get the published text with ?draft=true', async () => {
    const response = await restGet(`/api/explainers/${publishedWithPendingDraftId}?draft=true`)
    expect(response.status).toBe(200)
    expect(await response.text()).not.toContain(marker)
  })

  it('are refused the versions endpoints', async () => {
    const list = await restGet('/api/explainers/versions')
    expect(list.status).toBe(403)
    expect(await list.text()).not.toContain(marker)
  })

  it('are refused the list of users', async () => {
    const response = await restGet('/api/users')
    expect(response.status).toBe(403)
  })

  it('find GraphQL turned off', async () => {
    const response = await restPost('/api/graphql', { query: '{ Explainers { docs { lead } } }' })
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(marker)
  })

  it('can read public reference data: agencies and document types', async () => {
    const agencies = await restGet('/api/agencies?limit=1')
    expect(agencies.status).toBe(200)
    expect((await agencies.json()).totalDocs).toBeGreaterThan(20)
    const types = await restGet('/api/document-types')
    expect((await types.json()).docs[0].minimumConsultationDays).toBeGreaterThan(0)
  })
})

describe('sign-in', () => {
  const signIn = (email: string, password: string, address: string) => restPost('/api/users/login', { email, password }, { 'x-forwarded-for': address })

  it('stops an address that keeps guessing, without locking the account out for its owner elsewhere', async () => {
    const email = `khoa-${Date.now()}@vi-du.invalid`
    await payload.create({ collection: 'users', data: { email, password: 'mat-khau-dung-1234', name: 'Tài khoản thử', roles: ['editor'] } })
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn(email, 'sai-mat-khau', '203.0.113.66')).status).toBe(401)
    const stopped = await signIn(email, 'mat-khau-dung-1234', '203.0.113.66')
    expect(stopped.status).toBe(429)
    expect((await stopped.json()).errors[0].message).toMatch(/thử lại sau \d+ phút/)
    const owner = await signIn(email, 'mat-khau-dung-1234', '198.51.100.7')
    expect(owner.status).toBe(200)
    expect((await owner.json()).token).toBeTruthy()
  })
})
