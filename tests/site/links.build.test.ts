import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { basePath, distDir, fileForUrl, htmlFiles, page, siteUrl } from '../helpers/dist'
import { sitemapUrls } from '../../site/integrations/previousPages'

describe('links under a base path', () => {
  it('keeps every internal link, image, script and stylesheet inside the base path, and each one exists', () => {
    const broken: string[] = []
    for (const file of htmlFiles) {
      const $ = page(file)
      const urls = $('a[href], link[href], img[src], source[srcset], script[src], audio[src]')
        .map(
          (_, el) =>
            $(el).attr('href') ??
            $(el).attr('src') ??
            $(el)
              .attr('srcset')!
              .split(',')
              .map((part) => part.trim().split(' ')[0]),
        )
        .get()
        .flat() as string[]
      for (const url of urls) {
        if (/^(https?:|mailto:|tel:|#)/.test(url)) {
          if (url.startsWith(siteUrl) && !url.startsWith(`${siteUrl}${basePath}`)) broken.push(`${file}: ${url} (absolute, outside the base path)`)
          continue
        }
        if (!url.startsWith(basePath)) broken.push(`${file}: ${url} (outside the base path)`)
        else if (!fileForUrl(url)) broken.push(`${file}: ${url} (nothing built there)`)
      }
    }
    expect(broken).toEqual([])
  })

  it('writes canonical and share URLs on the configured site and base path', () => {
    const $ = page('so-tay/')
    expect($('link[rel="canonical"]').attr('href')).toBe(`${siteUrl}${basePath}so-tay/`)
    expect($('meta[property="og:url"]').attr('content')).toBe(`${siteUrl}${basePath}so-tay/`)
  })

  it('points feeds and the sitemap at the base path', () => {
    const rss = readFileSync(path.join(distDir, 'feed.xml'), 'utf8')
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!)
    expect(links.length).toBeGreaterThan(5)
    for (const link of links) expect(link.startsWith(`${siteUrl}${basePath}`), link).toBe(true)
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')
    for (const url of sitemapUrls(sitemap)) expect(url.startsWith(`${siteUrl}${basePath}`)).toBe(true)
  })
})
