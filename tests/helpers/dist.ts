import { load, type CheerioAPI } from 'cheerio'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

/** The built fixture site and the facts it was built with (see tests/setup/siteFixture.globalSetup.ts). */
export const distDir = inject('distDir')
export const basePath = inject('basePath')
export const siteUrl = inject('siteUrl')
export const leakMarker = inject('leakMarker')

/** Every file of the built site, as paths relative to dist/. */
export const distFiles: string[] = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)))
  .sort()

/** The old addresses of renamed pages (site/integrations/redirectPages.ts): small pages that only send readers on. */
export const redirectFiles: string[] = readFileSync(path.join(distDir, 'redirects.map'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => path.join(line.split(' ')[0]!.slice(basePath.length), 'index.html'))

/** Every page of the built site, not counting the old addresses that only redirect. */
export const htmlFiles = distFiles.filter((file) => file.endsWith('.html') && !redirectFiles.includes(file))

/** A built page, parsed, by its path inside the site ("du-thao/" or "so-tay/x/"). */
export function page(sitePath: string): CheerioAPI {
  const file = sitePath.endsWith('.html') ? sitePath : path.join(sitePath, 'index.html')
  return load(readFileSync(path.join(distDir, file), 'utf8'))
}

/** The dist/ file a URL path of the site points to, or undefined when nothing is there. */
export function fileForUrl(urlPath: string): string | undefined {
  const inside = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!).slice(basePath.length)
  const candidates = [inside, path.join(inside, 'index.html'), `${inside}.html`]
  return candidates.find((candidate) => distFiles.includes(candidate.replace(/^\/+/, '')))
}
