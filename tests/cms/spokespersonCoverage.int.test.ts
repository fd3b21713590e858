import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { spokespersonStatus } from '../../cms/reports/spokespersonStatus'
import { testPayload } from '../helpers/payload'
import { restGet } from '../helpers/rest'

let payload: Payload
let jwt: string

beforeAll(async () => {
  payload = await testPayload()
  const email = `do-phu-${Date.now()}@vi-du.invalid`
  await payload.create({ collection: 'users', data: { email, password: 'mat-khau-do-phu-1', name: 'Biên tập tỉnh', roles: ['editor'] } })
  jwt = (await payload.login({ collection: 'users', data: { email, password: 'mat-khau-do-phu-1' } })).token as string
  // Ngoại vụ had no spokesperson; one is added whose appointment has ended.
  const building = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Ngoại vụ' } } })).docs[0]!
  await payload.create({
    collection: 'spokespersons',
    data: { agency: building.id, fullName: 'Người phát ngôn đã hết nhiệm vụ', position: 'Phó Giám đốc Sở', until: '2025-12-31T00:00:00.000Z', isDemo: true },
  })
})

describe('spokesperson coverage for editors', () => {
  it('tells agencies with a spokesperson, without one, and with an ended appointment apart', async () => {
    const rows = await spokespersonStatus(payload)
    const status = (name: string) => rows.find((row) => row.agency === name)?.status
    expect(status('Sở Khoa học và Công nghệ')).toBe('có người phát ngôn')
    expect(status('Sở Xây dựng')).toBe('chưa có')
    expect(status('Sở Ngoại vụ')).toBe('hết thời hạn giao nhiệm vụ')
    expect(rows.find((row) => row.agency === 'Báo và Phát thanh, Truyền hình Đà Nẵng')).toBeUndefined()
    // An agency that no longer exists needs no spokesperson, although it is still in the data (the 2023 plan names it).
    expect(rows.find((row) => row.agency === 'Sở Thông tin và Truyền thông tỉnh Quảng Nam')).toBeUndefined()
    expect(rows.find((row) => row.agency === 'Ủy ban nhân dân tỉnh Quảng Nam')).toBeUndefined()
    expect(status('Ủy ban nhân dân xã Tây Giang')).toBe('có người phát ngôn')
  })

  it('exports the same as CSV that Excel opens in Vietnamese', async () => {
    const response = await restGet('/api/reports/spokesperson-coverage.csv', { authorization: `JWT ${jwt}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain('"Sở Xây dựng","chưa có",""')
    expect(csv).toContain('"Sở Ngoại vụ","hết thời hạn giao nhiệm vụ","Người phát ngôn đã hết nhiệm vụ (Phó Giám đốc Sở)"')
  })

  it('is not given to anonymous readers', async () => {
    expect((await restGet('/api/reports/spokesperson-coverage.csv')).status).toBe(401)
  })
})
