import { apiResources } from '../../../shared/api'
import type { Site } from './content'
import { absoluteUrl } from './deployment'

export type ApiResource = keyof typeof apiResources

/** The items of each API resource, with links to their page and their JSON. */
export function apiItems(site: Pick<Site, 'drafts' | 'explainers' | 'chapters' | 'documents'>, resource: ApiResource) {
  const items = { drafts: site.drafts, explainers: site.explainers, 'handbook-chapters': site.chapters, 'policy-documents': site.documents }[resource]
  return items.map((item) => ({
    ...item,
    url: absoluteUrl(`${apiResources[resource]}/${item.slug}/`),
    api_url: absoluteUrl(`api/v1/${resource}/${item.slug}.json`),
  }))
}
