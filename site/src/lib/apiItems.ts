import { type ApiResource, apiResources } from '../../../shared/api'
import { contentKinds } from '../../../shared/contentKinds'
import type { Site } from './content'
import { absoluteUrl } from './deployment'

export type { ApiResource }

/** The items of each API resource, with links to their page and their JSON. */
export function apiItems(site: Pick<Site, (typeof apiResources)[ApiResource]>, resource: ApiResource) {
  const kind = apiResources[resource]
  return site[kind].map((item) => ({
    ...item,
    url: absoluteUrl(`${contentKinds[kind].segment}/${item.slug}/`),
    api_url: absoluteUrl(`api/v1/${resource}/${item.slug}.json`),
  }))
}
