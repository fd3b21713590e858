import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { hasRole } from '../access/roles'
import { spokespersonStatus } from '../reports/spokespersonStatus'

/** The admin view of the spokesperson network: coverage, agencies without one or with an ended appointment, CSV export. */
export async function SpokespersonCoverageView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const isEditor = hasRole(req.user, 'admin', 'editor', 'reviewer', 'agency-editor')
  const rows = isEditor ? await spokespersonStatus(req.payload) : []
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
