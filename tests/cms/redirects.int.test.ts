import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../helpers/payload'
import { restGet, restPost } from '../helpers/rest'

let payload: Payload
const stamp = Date.now()

beforeAll(async () => {
  payload = await testPayload()
})

describe('addresses moved by hand', () => {
  it('are written one way, whatever an editor types', async () => {
    const doc = await payload.create({
      collection: 'redirects',
      data: { from: `https://congthongtin.vi-du.invalid/co-quan/cu-${stamp}?a=1`, to: `/co-quan/moi-${stamp}` },
    })
    expect(doc).toMatchObject({ from: `co-quan/cu-${stamp}/`, to: `co-quan/moi-${stamp}/` })
  })

  it('refuse a loop, naming it, and keep the rest', async () => {
    await payload.create({ collection: 'redirects', data: { from: `a-${stamp}/`, to: `b-${stamp}/` } })
    await payload.create({ collection: 'redirects', data: { from: `b-${stamp}/`, to: `c-${stamp}/` } })
    const refusal = (from: string, to: string) =>
      payload.create({ collection: 'redirects', data: { from, to } }).then(
        () => 'accepted',
        (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.[0]?.message,
      )
    expect(await refusal(`c-${stamp}/`, `a-${stamp}/`)).toBe(`Chuyển hướng này tạo thành vòng lặp: c-${stamp}/ → a-${stamp}/ → b-${stamp}/ → c-${stamp}/.`)
    expect(await refusal(`d-${stamp}/`, `d-${stamp}/`)).toBe(`Chuyển hướng này tạo thành vòng lặp: d-${stamp}/ → d-${stamp}/.`)
    expect((await payload.count({ collection: 'redirects', where: { from: { like: `-${stamp}/` } } })).totalDocs).toBe(3)
  })

  it('refuse a path that would leave the site, as a hostile editor might type it', async () => {
    for (const from of ['../../etc/cron.d/', 'co-quan/../../../tmp/', '%2e%2e/%2e%2e/x/', '.ssh/', '/', 'co-quan/%E0%A4%A/'])
      await expect(payload.create({ collection: 'redirects', data: { from, to: 'co-quan/so-y-te/' } }), from).rejects.toThrow()
    await expect(payload.create({ collection: 'redirects', data: { from: `ok-${stamp}/`, to: '../../../etc/' } })).rejects.toThrow()
  })

  it('are public to read but written only by editors who work province-wide', async () => {
    expect((await restGet(`/api/redirects?where[from][equals]=a-${stamp}/`)).status).toBe(200)
    expect((await restPost('/api/redirects', { from: `x-${stamp}/`, to: `y-${stamp}/` })).status).toBe(403)
    const agency = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Y tế' } } })).docs[0]!
    const user = (role: 'agency-editor' | 'editor') =>
      payload.create({
        collection: 'users',
        data: { email: `chuyen-huong-${role}-${stamp}@vi-du.invalid`, password: 'mat-khau-chuyen-huong-1', name: role, roles: [role], agency: agency.id },
      })
    const agencyEditor = await user('agency-editor')
    await expect(
      payload.create({ collection: 'redirects', overrideAccess: false, user: agencyEditor, data: { from: `x-${stamp}/`, to: `y-${stamp}/` } }),
    ).rejects.toThrow()
    const editor = await user('editor')
    expect(
      (await payload.create({ collection: 'redirects', overrideAccess: false, user: editor, data: { from: `x-${stamp}/`, to: `y-${stamp}/` } })).from,
    ).toBe(`x-${stamp}/`)
  })
})
