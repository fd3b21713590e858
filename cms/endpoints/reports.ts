import type { Endpoint } from 'payload'
import { parseReportPeriod } from '../../shared/reportPeriod'
import { toSlug } from '../../shared/toSlug'
import { ownAgency } from '../access/agencyScoped'
import { hasRole } from '../access/roles'
import { communicationReport } from '../reports/communicationReport'
import { reportDocx } from '../reports/reportDocx'
import { reportXlsx } from '../reports/reportXlsx'
import { settings } from '../../shared/settings'

const types = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/**
 * `GET /api/reports/communication?period=2026-H1&agency=<id>&format=json|xlsx|docx`: the 6-month or annual
 * report from the platform's data. Admins and province-wide editors report for any agency or the province;
 * agency editors only for their own agency.
 */
export const reportsEndpoint: Endpoint = {
  path: '/reports/communication',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user) return Response.json({ error: 'Cần đăng nhập để lập báo cáo.' }, { status: 401 })
    const query = new URL(req.url ?? '', 'http://localhost').searchParams
    const period = parseReportPeriod(query.get('period') ?? '')
    if (!period)
      return Response.json(
        { error: 'Kỳ báo cáo không hợp lệ: dùng 2026-H1 (6 tháng đầu năm), 2026-H2, 2026 (cả năm) hoặc 2026-01-01..2026-03-31.' },
        { status: 400 },
      )
    const format = query.get('format') ?? 'json'
    if (format !== 'json' && format !== 'xlsx' && format !== 'docx') return Response.json({ error: 'Định dạng phải là json, xlsx hoặc docx.' }, { status: 400 })
    const own = ownAgency(user)
    const isProvinceWide = hasRole(user, 'admin', 'editor')
    const agency = query.get('agency') ?? (isProvinceWide ? undefined : own)
    if (!isProvinceWide && (!hasRole(user, 'agency-editor') || !agency || agency !== own)) {
      return Response.json({ error: 'Bạn chỉ được lập báo cáo cho cơ quan, đơn vị của mình.' }, { status: 403 })
    }
    const report = await communicationReport(req.payload, period, agency)
    if (format === 'json') return Response.json(report)
    const name = `bao-cao-truyen-thong-chinh-sach-${toSlug(report.agency?.name ?? 'toan-tinh')}-${toSlug(period.label)}.${format}`
    const bytes = format === 'xlsx' ? await reportXlsx(report) : await reportDocx(report, settings().REPORT_PLACE, settings().AUTHORITY_NAME)
    return new Response(new Uint8Array(bytes), { headers: { 'content-type': types[format], 'content-disposition': `attachment; filename="${name}"` } })
  },
}
