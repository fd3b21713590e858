import type { APIRoute, GetStaticPaths } from 'astro'
import { loadSite } from '../../../../lib/content'
import { dataPackage, draftsWithOpenData, openDataTables, toCsv } from '../../../../lib/openData'

// Each answered consultation's open data: every table as CSV and JSON, and the Data Package that describes them.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  return draftsWithOpenData(site.drafts).flatMap((draft) => [
    { params: { slug: draft.slug, file: 'datapackage.json' }, props: { draft, table: undefined, format: 'json' } },
    ...openDataTables.flatMap((table) =>
      (['csv', 'json'] as const).map((format) => ({ params: { slug: draft.slug, file: `${table.name}.${format}` }, props: { draft, table, format } })),
    ),
  ])
}) satisfies GetStaticPaths

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props']

export const GET: APIRoute = ({ props }) => {
  const { draft, table, format } = props as Props
  if (!table) return Response.json(dataPackage(draft))
  if (format === 'csv') return new Response(toCsv(table, draft.response), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
  return Response.json(table.rows(draft.response))
}
