import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { basePath, distDir, fileForUrl, htmlFiles, page, siteUrl } from '../helpers/dist'
import { sitemapUrls } from '../../site/integrations/previousPages'

const jsonLd = (sitePath: string) => JSON.parse(page(sitePath)('script[type="application/ld+json"]').html()!)

describe('search engines and sharing', () => {
  it('lists every page in the sitemap, except the 404 page, embed cards, bulletin boards and comment confirmations', () => {
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')
    const listed = new Set(sitemapUrls(sitemap))
    const pages = htmlFiles
      .filter((file) => file !== '404.html' && !/^(nhung|bang-tin)\//.test(file) && !file.includes('/da-gui-gop-y/'))
      .map((file) => `${siteUrl}${basePath}${file.replace(/index\.html$/, '')}`)
    expect(pages.filter((url) => !listed.has(url))).toEqual([])
  })

  it('links language editions in the sitemap with hreflang', () => {
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')
    const entry = sitemap
      .split('<url>')
      .find((block) => block.includes('<loc>') && block.includes(`${basePath}bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/</loc>`))!
    expect(entry).toContain(`hreflang="ktv" href="${siteUrl}${basePath}ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/"`)
    expect(entry).toContain('hreflang="vi-VN"')
  })

  it('lets robots in and names the sitemap', () => {
    expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}${basePath}sitemap-index.xml`)
  })

  it('says where to report a vulnerability (RFC 9116) and links the security statement', () => {
    const securityTxt = readFileSync(path.join(distDir, '.well-known/security.txt'), 'utf8')
    expect(securityTxt).toMatch(/^Contact: (mailto|https):/m)
    expect(securityTxt).toMatch(/^Expires: \d{4}-\d\d-\d\dT00:00:00\.000Z$/m)
    expect(securityTxt).toContain(`Policy: ${siteUrl}${basePath}bao-mat/`)
  })

  it('gives every explainer, draft and chapter a 1200×630 share image that exists', async () => {
    for (const sitePath of [
      'bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/',
      'so-tay/nguyen-tac-truyen-thong-chinh-sach/',
      'bai-giai-thich/gop-y-du-thao-van-ban-quyen-cua-ban/',
    ]) {
      const image = page(sitePath)('meta[property="og:image"]').attr('content')!
      const file = fileForUrl(new URL(image).pathname)
      expect(file, image).toBeDefined()
      expect(await sharp(path.join(distDir, file!)).metadata()).toMatchObject({ width: 1200, height: 630 })
      expect(page(sitePath)('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image')
    }
  })

  it('describes drafts as schema.org Legislation', () => {
    const data = jsonLd('du-thao/nghi-quyet-ho-tro-dao-tao-nghe-lao-dong-nong-thon/')
    expect(data).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '12/2026/NQ-HĐND', inLanguage: 'vi' })
    expect(data.name).toContain('đào tạo nghề')
    expect(data.creator.name).toBe('Sở Lao động - Thương binh và Xã hội')
  })

  it('describes explainers as Article with headline, image and author', () => {
    const data = jsonLd('ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/')
    expect(data).toMatchObject({ '@type': 'Article', inLanguage: 'ktv', author: { '@type': 'GovernmentOrganization' } })
    expect(data.headline).toBeTruthy()
    expect(data.image).toMatch(/^https:\/\//)
  })

  it('describes spokespersons as GovernmentOrganization with ContactPoint', () => {
    const graph = jsonLd('nguoi-phat-ngon/')['@graph']
    expect(graph.length).toBeGreaterThan(10)
    expect(graph[0]).toMatchObject({ '@type': 'GovernmentOrganization', contactPoint: [{ '@type': 'ContactPoint', telephone: expect.any(String) }] })
  })

  it('sets lang on every page', () => {
    for (const file of htmlFiles) expect(page(file)('html').attr('lang'), file).toMatch(/^(vi|en)$/)
  })
})
