import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { localDay } from '../../shared/localDay'
import { testPayload } from '../helpers/payload'
import { restGet } from '../helpers/rest'

let payload: Payload
let adminToken: string
let agencyEditorToken: string
let ictId: string
let otherId: string
// The seeded demo content is dated relative to today: this period covers all of it.
const today = new Date()
const period = `${localDay(new Date(today.getTime() - 200 * 86_400_000))}..${localDay(new Date(today.getTime() + 60 * 86_400_000))}`

async function token(email: string, roles: ('admin' | 'agency-editor')[], agency?: string) {
  await payload.create({ collection: 'users', data: { email, password: 'mat-khau-bao-cao-1', name: 'Người lập báo cáo', roles, agency } })
  return (await payload.login({ collection: 'users', data: { email, password: 'mat-khau-bao-cao-1' } })).token as string
}

beforeAll(async () => {
  payload = await testPayload()
  ictId = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Khoa học và Công nghệ' } } })).docs[0]!.id
  otherId = (await payload.find({ collection: 'agencies', where: { name: { equals: 'Sở Nông nghiệp và Môi trường' } } })).docs[0]!.id
  adminToken = await token(`quan-tri-bao-cao-${Date.now()}@vi-du.invalid`, ['admin'])
  agencyEditorToken = await token(`so-tttt-bao-cao-${Date.now()}@vi-du.invalid`, ['agency-editor'], ictId)
})

const report = (query: string, jwt: string) => restGet(`/api/reports/communication?${query}`, { authorization: `JWT ${jwt}` })

describe('the communication report', () => {
  it('counts what the platform published for an agency in the period, as counted independently', async () => {
    const response = await report(`period=${period}&agency=${ictId}`, adminToken)
    expect(response.status).toBe(200)
    const body = await response.json()
    const count = async (collection: 'drafts' | 'explainers' | 'press-briefings', field: string) =>
      (await payload.count({ collection, where: { and: [{ [field]: { equals: ictId } }, { _status: { equals: 'published' } }] } })).totalDocs
    expect(body.agency.name).toBe('Sở Khoa học và Công nghệ')
    expect(body.drafts.total).toBe(await count('drafts', 'draftingAgency'))
    expect(body.drafts.total).toBeGreaterThan(0)
    expect(body.explainers.total).toBe(await count('explainers', 'agency'))
    expect(body.pressBriefings.total).toBe(await count('press-briefings', 'agency'))
    expect(body.minorityLanguage.editions).toBe(1)
    expect(body.spokespersons).toEqual({ covered: 1, total: 1, missing: [] })
  })

  it('counts the comments received on the agency’s drafts by state, and the responses it published', async () => {
    const body = await (await report(`period=${period}&agency=${otherId}`, adminToken)).json()
    const comments = await payload.find({ collection: 'comments', where: { agency: { equals: otherId } }, pagination: false, depth: 0 })
    expect(body.comments.received).toBe(comments.totalDocs)
    expect(body.comments.received).toBeGreaterThan(0)
    expect(body.comments.byState.valid).toBe(comments.docs.filter((comment) => comment.state === 'valid').length)
    expect(body.comments.byState.spam).toBe(comments.docs.filter((comment) => comment.state === 'spam').length)
    expect(body.comments.responsesPublished).toBe(1)
  })

  it('covers the whole province and lists agencies without a spokesperson', async () => {
    const body = await (await report(`period=${period}`, adminToken)).json()
    expect(body.agency).toBeNull()
    const drafts = await payload.count({ collection: 'drafts', where: { _status: { equals: 'published' } } })
    expect(body.drafts.total).toBeLessThanOrEqual(drafts.totalDocs)
    expect(body.drafts.total).toBeGreaterThanOrEqual(4)
    expect(body.spokespersons.missing).toContain('Sở Xây dựng')
  })

  it('comes as a spreadsheet with the same figures', async () => {
    const response = await report(`period=${period}&agency=${ictId}&format=xlsx`, adminToken)
    expect(response.headers.get('content-disposition')).toContain('bao-cao-truyen-thong-chinh-sach-so-khoa-hoc-va-cong-nghe')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer)
    const rows = workbook.worksheets[0]!.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []))
    const json = await (await report(`period=${period}&agency=${ictId}`, adminToken)).json()
    expect(rows).toContainEqual(['Số dự thảo đăng lấy ý kiến', json.drafts.total])
    expect(rows).toContainEqual(['Cơ quan, đơn vị có người phát ngôn', '1/1'])
    expect(rows).toContainEqual(['Ý kiến góp ý nhận được', json.comments.received])
  })

  it('comes as a Word report in the administrative style', async () => {
    const response = await report(`period=2026&format=docx`, adminToken)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })
    expect(value).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(value).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(value).toContain('Số:        /BC-')
    expect(value).toMatch(/Đà Nẵng, ngày \d{1,2} tháng \d{1,2} năm \d{4}/)
    expect(value).toContain('Kết quả công tác truyền thông chính sách năm 2026')
    expect(value).toContain('I. LẤY Ý KIẾN DỰ THẢO')
    expect(value).toContain('IV. MẠNG LƯỚI NGƯỜI PHÁT NGÔN')
  })

  it('lets an agency editor report for their own agency only', async () => {
    expect((await report(`period=2026&agency=${ictId}`, agencyEditorToken)).status).toBe(200)
    const refused = await report(`period=2026&agency=${otherId}`, agencyEditorToken)
    expect(refused.status).toBe(403)
    expect((await refused.json()).error).toContain('cơ quan, đơn vị của mình')
    const own = await (await report('period=2026', agencyEditorToken)).json()
    expect(own.agency.id).toBe(ictId)
  })

  it('is refused to anonymous readers and explains a bad period', async () => {
    expect((await restGet('/api/reports/communication?period=2026')).status).toBe(401)
    const bad = await report('period=nam-ngoai', adminToken)
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toContain('2026-H1')
  })
})
