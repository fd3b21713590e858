import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, Pill, SetStepNav, Table } from '@payloadcms/ui'
import type { AdminViewServerProps, ClientField } from 'payload'
import { stringify } from 'qs-esm'
import { hasRole } from '../access/roles'
import { scopeLabel } from '../reports/scopeLabel'
import { spokespersonStatus, type SpokespersonStatusRow } from '../reports/spokespersonStatus'
import { ReportForm } from './ReportForm'

const pillStyles: Record<SpokespersonStatusRow['status'], 'success' | 'warning' | 'error'> = {
  'có người phát ngôn': 'success',
  'hết thời hạn giao nhiệm vụ': 'warning',
  'chưa có': 'error',
}

// Agencies that need action first, then those covered; by name within each.
const order: SpokespersonStatusRow['status'][] = ['chưa có', 'hết thời hạn giao nhiệm vụ', 'có người phát ngôn']

const column = (accessor: string, Heading: string, renderedCells: React.ReactNode[]) => ({
  accessor,
  active: true,
  field: { name: accessor, type: 'text' } as ClientField,
  Heading,
  renderedCells,
})

/**
 * The spokesperson network in the admin: every agency that must name a spokesperson, with its state, linking to its
 * spokespersons; the CSV export; and the form that produces the 6-month and annual reports.
 */
export async function SpokespersonCoverageView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const isEditor = hasRole(req.user, 'admin', 'editor', 'reviewer', 'agency-editor')
  const rows = (isEditor ? await spokespersonStatus(req.payload) : []).sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
  const agencies = isEditor ? (await req.payload.find({ collection: 'agencies', depth: 0, pagination: false, sort: 'name' })).docs : []
  const year = new Date().getFullYear()
  const covered = rows.filter((row) => row.status === 'có người phát ngôn').length
  // The half-year under way first: its 6-month report is the one due next (in December, the second half).
  const halves = new Date().getMonth() < 6 ? (['H1', 'H2'] as const) : (['H2', 'H1'] as const)
  const periods = [year, year - 1].flatMap((y) => [
    ...halves.map((half) => ({ value: `${y}-${half}`, label: `6 tháng ${half === 'H1' ? 'đầu' : 'cuối'} năm ${y}` })),
    { value: `${y}`, label: `Cả năm ${y}` },
  ])
  const listOf = (row: SpokespersonStatusRow) => `/admin/collections/spokespersons?${stringify({ where: { agency: { equals: row.agencyId } } })}`
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
      <SetStepNav nav={[{ label: 'Độ phủ người phát ngôn' }]} />
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
              (mục tiêu của Kế hoạch 6684/KH-UBND: 100%).{' '}
              <a href="/api/reports/spokesperson-coverage.csv" download>
                Tải bảng độ phủ (CSV)
              </a>
            </p>
            <div data-coverage-table style={{ overflowX: 'auto' }}>
              <Table
                data={rows.map((row) => ({ ...row, id: row.agencyId }))}
                columns={[
                  column(
                    'agency',
                    'Cơ quan, đơn vị',
                    rows.map((row) => (
                      <a key={row.agencyId} href={listOf(row)}>
                        {row.agency}
                      </a>
                    )),
                  ),
                  column(
                    'status',
                    'Tình trạng',
                    rows.map((row) => (
                      <span key={row.agencyId} data-coverage-status={row.status}>
                        <Pill pillStyle={pillStyles[row.status]} size="small">
                          {row.status}
                        </Pill>
                      </span>
                    )),
                  ),
                  column(
                    'spokespersons',
                    'Người phát ngôn',
                    rows.map((row) => row.spokespersons || '—'),
                  ),
                ]}
              />
            </div>
            <h2>Lập báo cáo 6 tháng, năm</h2>
            <ReportForm
              periods={periods}
              wholeJurisdiction={scopeLabel()}
              agencies={agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))}
            />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
