import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { basePath, distDir, fileForUrl, htmlFiles, page, siteUrl } from '../helpers/dist'
import { sitemapUrls } from '../../site/integrations/previousPages'

const jsonLd = (sitePath: string) => JSON.parse(page(sitePath)('script[type="application/ld+json"]').html()!)

describe('search engines and sharing', () => {
  it('lists every page in the sitemap, except the 404 page, embed cards, bulletin boards and the noindex confirmations', () => {
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')
    const listed = new Set(sitemapUrls(sitemap))
    const noindex = (file: string) => page(file)('meta[name="robots"]').attr('content')?.includes('noindex') === true
    const address = (file: string) => `${siteUrl}${basePath}${file.replace(/index\.html$/, '')}`
    const pages = htmlFiles.filter((file) => file !== '404.html' && !/^(nhung|bang-tin)\//.test(file))
    expect(
      pages
        .filter((file) => !noindex(file))
        .map(address)
        .filter((url) => !listed.has(url)),
    ).toEqual([])
    // A page that asks search engines not to index it is not offered to them either.
    const confirmations = pages.filter(noindex)
    expect(confirmations).toEqual(expect.arrayContaining(['theo-doi/da-gui/index.html', 'theo-doi/da-xac-nhan/index.html']))
    expect(confirmations.map(address).filter((url) => listed.has(url))).toEqual([])
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

  it('gives every page a 1200×630 share image that exists: its own for drafts, explainers, chapters, briefings and lists, the site card for the rest', async () => {
    const cards = new Map<string, string[]>()
    for (const file of htmlFiles.filter((name) => !name.startsWith('nhung/') && !name.startsWith('bang-tin/'))) {
      const $ = page(file)
      const image = $('meta[property="og:image"]').attr('content')
      expect(image, file).toBeTruthy()
      expect($('meta[name="twitter:card"]').attr('content'), file).toBe('summary_large_image')
      const card = fileForUrl(new URL(image!).pathname)
      expect(card, `${file}: ${image}`).toBeDefined()
      cards.set(card!, [...(cards.get(card!) ?? []), file])
    }
    for (const card of cards.keys()) expect(await sharp(path.join(distDir, card)).metadata(), card).toMatchObject({ width: 1200, height: 630 })
    // A shared draft or briefing shows its own card, not the site's.
    for (const own of ['du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/index.html', 'so-tay/nguyen-tac-truyen-thong-chinh-sach/index.html']) {
      const card = [...cards].find(([, files]) => files.includes(own))![0]
      expect(cards.get(card), own).toEqual([own])
    }
    const briefing = htmlFiles.find((file) => /^hop-bao\/[^/]+\/index\.html$/.test(file))!
    expect(page(briefing)('meta[property="og:image"]').attr('content')).toContain('/anh/the-hop-bao-')
    expect(page('')('meta[property="og:image"]').attr('content')).toContain('/anh/the-trang-chung.png')
    // Lists people share have theirs: the main lists, each agency's and each topic's page.
    expect(page('du-thao/')('meta[property="og:image"]').attr('content')).toContain('/anh/the-danh-sach-du-thao.png')
    expect(page('so-tay/')('meta[property="og:image"]').attr('content')).toContain('/anh/the-danh-sach-so-tay.png')
    for (const [list, card] of [
      [/^co-quan\/[^/]+\/index\.html$/, '/anh/the-co-quan-'],
      [/^linh-vuc\/[^/]+\/index\.html$/, '/anh/the-linh-vuc-'],
    ] as const) {
      const own = htmlFiles.filter((file) => list.test(file))
      expect(own.length).toBeGreaterThan(1)
      for (const file of own) expect(cards.get(fileForUrl(new URL(page(file)('meta[property="og:image"]').attr('content')!).pathname)!), file).toEqual([file])
      expect(page(own[0]!)('meta[property="og:image"]').attr('content')).toContain(card)
    }
  })

  it('describes drafts as schema.org Legislation', () => {
    const data = jsonLd('du-thao/nghi-quyet-ho-tro-dao-tao-nghe-lao-dong-nong-thon/')
    expect(data).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '12/2026/NQ-HĐND', inLanguage: 'vi' })
    expect(data.name).toContain('đào tạo nghề')
    expect(data.creator.name).toBe('Sở Giáo dục và Đào tạo')
  })

  it('describes explainers as Article with headline, image and author', () => {
    const data = jsonLd('ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/')
    // A sample edition's text is Vietnamese, and says so to search engines too.
    expect(data).toMatchObject({ '@type': 'Article', inLanguage: 'vi', author: { '@type': 'GovernmentOrganization' } })
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
