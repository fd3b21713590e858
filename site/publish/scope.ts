// What the publisher and the Astro build agree on: which documents a build renders, which routes have one output per
// document, and what the search page learns of a search delta. Types and constants only, so that the site's pages
// and the browser's search script can import them without pulling in the publisher.

/** The snapshot collections whose documents each have pages of their own. */
export const pagedKinds = ['drafts', 'explainers', 'handbookChapters', 'policyDocuments', 'pressBriefings'] as const
export type PagedKind = (typeof pagedKinds)[number]

/** The documents, by slug, whose own pages a targeted rebuild renders. */
export type BuildScope = Partial<Record<PagedKind, string[]>>

/** What a rebuild after a change must render: the pages of some documents, or everything (and why). */
export type RebuildScope = { scope: BuildScope } | { fullBecause: string } | { isUnchanged: true }

/**
 * Routes with one output per document. In a targeted rebuild they render only the documents in scope, and the
 * rest of their files are kept from the live release; every other route (lists, filters, feeds, the API's
 * lists) is rendered in full and replaces its files.
 */
export const documentRoutes = [
  '/bai-giai-thich/[slug]',
  '/[locale]/bai-giai-thich/[slug]',
  '/du-thao/[slug]',
  '/du-thao/[slug]/da-gui-gop-y',
  '/hop-bao/[slug]',
  '/so-tay/[slug]',
  '/[locale]/so-tay/[slug]',
  '/van-ban/[slug]',
  '/nhung/[...item]',
  '/oembed/[...item]',
  '/api/v1/[resource]/[slug].json',
  '/tai-lieu/[file]',
  '/tai-ve/[file]',
]

/** The search delta's `pages.json`: the changed pages' IDs, and the full index's page IDs they replace. */
export type SearchDeltaPages = { pages: string[]; replaces: string[] }
