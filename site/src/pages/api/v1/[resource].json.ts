import type { APIRoute, GetStaticPaths } from 'astro'
import { type ApiList, apiResources } from '../../../../../shared/api'
import { type ApiResource, apiItems } from '../../../lib/apiItems'
import { loadSite } from '../../../lib/content'

// One list per resource: every published item with its title and links.
export const getStaticPaths = (() => Object.keys(apiResources).map((resource) => ({ params: { resource } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const items = apiItems(await loadSite(), params.resource as ApiResource)
  const list: ApiList = {
    version: 1,
    generatedAt: new Date().toISOString(),
    items: items.map((item) => ({
      id: item.id,
      slug: item.slug,
      title: item.editions.vi.title,
      updatedAt: item.updatedAt,
      url: item.url,
      api_url: item.api_url,
    })),
  }
  return Response.json(list)
}
