import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'node-html-parser'

/** The page URLs a sitemap lists (its `<loc>` elements, entities decoded). */
export function sitemapUrls(xml: string): string[] {
  return parse(xml)
    .querySelectorAll('loc')
    .map((loc) => loc.text.trim())
}

/**
 * The page URLs in a release's sitemaps. A targeted rebuild renders only some pages, so it hands the live
 * release's pages to the sitemap integration to keep the sitemap whole.
 */
export function previousPages(release: string | undefined): string[] {
  if (!release) return []
  const sitemaps = readdirSync(release).filter((name) => /^sitemap-\d+\.xml$/.test(name))
  return sitemaps.flatMap((name) => sitemapUrls(readFileSync(path.join(release, name), 'utf8')))
}
