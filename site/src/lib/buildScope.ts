import { readFileSync } from 'node:fs'
import { perBuild } from './perBuild'

/** The snapshot collections whose documents each have pages of their own. */
export const documentKinds = ['drafts', 'explainers', 'handbookChapters', 'policyDocuments', 'pressBriefings'] as const
export type DocumentKind = (typeof documentKinds)[number]

/** The documents, by slug, whose own pages a targeted rebuild renders. */
export type BuildScope = Partial<Record<DocumentKind, string[]>>

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
  '/van-ban/[slug]',
  '/nhung/[...item]',
  '/oembed/[...item]',
  '/api/v1/[resource]/[slug].json',
  '/tai-lieu/[file]',
  '/tai-ve/[file]',
]

// SITE_BUILD_SCOPE names a JSON file written by the site rebuilder; without it the build renders everything.
const currentScope = perBuild((): BuildScope | undefined => {
  const file = process.env.SITE_BUILD_SCOPE
  return file ? JSON.parse(readFileSync(file, 'utf8')) : undefined
})

/** The documents of a kind whose own pages this build renders: all of them, unless this is a targeted rebuild. */
export function inBuildScope<T extends { slug: string }>(kind: DocumentKind, items: T[]): T[] {
  const scope = currentScope()
  if (!scope) return items
  const slugs = new Set(scope[kind] ?? [])
  return items.filter((item) => slugs.has(item.slug))
}

/** Whether this build's search page merges a search delta (a targeted rebuild after a publish, see site/searchDelta). */
export const hasSearchDelta = (): boolean => process.env.SITE_SEARCH_DELTA === 'true'
