import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { axeViolations, useFixtureSite } from '../helpers/browser'
import { basePath, distDir, siteUrl } from '../helpers/dist'
import { sitemapUrls } from '../../site/integrations/previousPages'

const site = useFixtureSite(distDir, basePath)

// Every page the sitemap lists, plus the 404 page, as a visitor reaches it.
const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')
const pagePaths = [
  ...sitemapUrls(sitemap).map((url) => url.slice(`${siteUrl}${basePath}`.length)),
  'khong-co-trang-nay/',
  // Not in the sitemap, but people see them: an embed card of each kind and the bulletin board.
  'nhung/du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/',
  'nhung/ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/',
  'nhung/so-tay/mang-xa-hoi-va-zalo/',
  'bang-tin/',
  // And the pages a comment or an alert sign-up sent without JavaScript comes back to.
  'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/da-gui-gop-y/',
  'theo-doi/da-gui/',
  'theo-doi/da-xac-nhan/',
]

describe('accessibility (axe-core, WCAG 2.2 AA) on every page', () => {
  it('checks more than fifty pages', () => {
    expect(pagePaths.length).toBeGreaterThan(50)
  })

  it('would catch a violation (an image without alt text)', async () => {
    const page = await site.browser.newPage()
    await page.setContent('<!doctype html><html lang="vi"><title>Thử</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>')
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt')
    await page.close()
  })

  it('finds no violations on any page, and no page asks for a file that is missing (its icons included)', async () => {
    const context = await site.browser.newContext()
    const page = await context.newPage()
    const failures: string[] = []
    let current = ''
    page.on('response', (response) => {
      const missing = response.status() >= 400 && !(current === 'khong-co-trang-nay/' && response.url().endsWith(current))
      if (missing) failures.push(`${current}: ${response.status()} for ${response.url()}`)
    })
    for (const pagePath of pagePaths) {
      current = pagePath
      await page.goto(`${site.baseUrl}${pagePath}`)
      for (const violation of await axeViolations(page)) failures.push(`${pagePath}: ${violation.id} (${violation.impact}) at ${violation.targets.join(', ')}`)
    }
    await context.close()
    expect(failures).toEqual([])
  }, 240_000)
})
