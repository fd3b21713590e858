import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { hasRole } from '../access/roles'
import { scopeLabel } from '../reports/scopeLabel'
import { spokespersonStatus } from '../reports/spokespersonStatus'

/**
 * The admin view of the spokesperson network (coverage, agencies without one or with an ended appointment, CSV
 * export) and the form that produces the 6-month and annual reports.
 */
export async function SpokespersonCoverageView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const isEditor = hasRole(req.user, 'admin', 'editor', 'reviewer', 'agency-editor')
  const rows = isEditor ? await spokespersonStatus(req.payload) : []
  const agencies = isEditor ? (await req.payload.find({ collection: 'agencies', depth: 0, pagination: false, sort: 'name' })).docs : []
  const year = new Date().getFullYear()
  const covered = rows.filter((row) => row.status === 'có người phát ngôn').length
  const gaps = rows.filter((row) => row.status !== 'có người phát ngôn')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>Độ phủ mạng lưới người phát ngôn</h1>
        {!isEditor ? (
          <p>Cần đăng nhập bằng tài khoản biên tập.</p>
        ) : (
          <>
            <p data-coverage>
              <strong>
                {covered}/{rows.length} cơ quan, đơn vị có người phát ngôn
              </strong>{' '}
              (mục tiêu của Kế hoạch 6684/KH-UBND: 100%).
            </p>
            <p>
              <a href="/api/reports/spokesperson-coverage.csv" download>
                Tải bảng độ phủ (CSV)
              </a>
            </p>
            <h2>Lập báo cáo 6 tháng, năm</h2>
            <form action="/api/reports/communication" method="get" data-report-form>
              <p>
                <label htmlFor="ky-bao-cao">Kỳ báo cáo</label>{' '}
                <select id="ky-bao-cao" name="period" defaultValue={`${year}-H1`}>
                  {[year, year - 1].flatMap((y) => [
                    <option key={`${y}-H1`} value={`${y}-H1`}>
                      6 tháng đầu năm {y}
                    </option>,
                    <option key={`${y}-H2`} value={`${y}-H2`}>
                      6 tháng cuối năm {y}
                    </option>,
                    <option key={`${y}`} value={`${y}`}>
                      Cả năm {y}
                    </option>,
                  ])}
                </select>
              </p>
              <p>
                <label htmlFor="co-quan-bao-cao">Cơ quan, đơn vị</label>{' '}
                <select id="co-quan-bao-cao" name="agency" defaultValue="">
                  <option value="">{scopeLabel()}</option>
                  {agencies.map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agency.name}
                    </option>
                  ))}
                </select>
              </p>
              <p>
                <label htmlFor="dinh-dang">Định dạng</label>{' '}
                <select id="dinh-dang" name="format" defaultValue="docx">
                  <option value="docx">Văn bản Word (DOCX)</option>
                  <option value="xlsx">Bảng tính Excel (XLSX)</option>
                  <option value="json">JSON cho bảng điều khiển</option>
                </select>
              </p>
              <button type="submit">Lập báo cáo</button>
            </form>
            <h2>Chưa có hoặc đã hết thời hạn ({gaps.length})</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Cơ quan, đơn vị</th>
                  <th scope="col">Tình trạng</th>
                  <th scope="col">Người phát ngôn trước đây</th>
                </tr>
              </thead>
              <tbody>
                {gaps.map((row) => (
                  <tr key={row.agency}>
                    <td>{row.agency}</td>
                    <td>{row.status}</td>
                    <td>{row.spokespersons}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
