import { readFileSync } from 'node:fs'
import type { BuildScope, PagedKind } from '../../publish/scope'
import { perBuild } from './perBuild'
import { settings } from '../../../shared/settings'

// How a build reads the scope the publisher gave it (site/publish/scope.ts says what a scope is).

// SITE_BUILD_SCOPE names a JSON file written by the site rebuilder; without it the build renders everything.
const currentScope = perBuild((): BuildScope | undefined => {
  const file = settings().SITE_BUILD_SCOPE
  return file ? JSON.parse(readFileSync(file, 'utf8')) : undefined
})

/** The documents of a kind whose own pages this build renders: all of them, unless this is a targeted rebuild. */
export function inBuildScope<T extends { slug: string }>(kind: PagedKind, items: T[]): T[] {
  const scope = currentScope()
  if (!scope) return items
  const slugs = new Set(scope[kind] ?? [])
  return items.filter((item) => slugs.has(item.slug))
}

/** Whether this build's search page merges a search delta (a targeted rebuild after a publish, see site/publish/searchDelta). */
export const hasSearchDelta = (): boolean => settings().SITE_SEARCH_DELTA
