import type { APIRoute, GetStaticPaths } from 'astro'
import { apiResources } from '../../../../../../shared/api'
import { type ApiResource, apiItems } from '../../../../lib/apiItems'
import { loadSite } from '../../../../lib/content'

// One JSON per published item: the snapshot's public fields and links, nothing personal.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  return (Object.keys(apiResources) as ApiResource[]).flatMap((resource) => apiItems(site.pages, resource).map((item) => ({ params: { resource, slug: item.slug }, props: { item } })))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => Response.json((props as { item: unknown }).item)
