import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * The page URLs in a release's sitemaps. A targeted rebuild renders only some pages, so it hands the live
 * release's pages to the sitemap integration to keep the sitemap whole.
 */
export function previousPages(release: string | undefined): string[] {
  if (!release) return []
  const sitemaps = readdirSync(release).filter((name) => /^sitemap-\d+\.xml$/.test(name))
  return sitemaps.flatMap((name) =>
    [...readFileSync(path.join(release, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replaceAll('&amp;', '&')),
  )
}
