import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles'
import { spokespersonStatus, toCsv } from '../reports/spokespersonStatus'

/** `GET /api/reports/spokesperson-coverage.csv`: every agency's spokesperson status, for editors. */
export const spokespersonCoverageCsvEndpoint: Endpoint = {
  path: '/reports/spokesperson-coverage.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'reviewer', 'agency-editor'))
      return Response.json({ error: 'Cần đăng nhập bằng tài khoản biên tập.' }, { status: 401 })
    const csv = toCsv(await spokespersonStatus(req.payload))
    return new Response(csv, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="do-phu-nguoi-phat-ngon.csv"' },
    })
  },
}
