import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { basePath, distDir, page, siteUrl } from '../helpers/dist'
import { handMadeRedirects, renamedExplainer } from '../helpers/renamedExplainer'

const oldPath = `bai-giai-thich/${renamedExplainer.from}/`
const newPath = `bai-giai-thich/${renamedExplainer.to}/`

describe('a renamed page', () => {
  it('keeps its old address, which sends readers and crawlers to the new one', () => {
    const $ = page(oldPath)
    expect($('meta[http-equiv=refresh]').attr('content')).toBe(`0; url=${basePath}${newPath}`)
    expect($('link[rel=canonical]').attr('href')).toBe(`${siteUrl}${basePath}${newPath}`)
    expect($('meta[name=robots]').attr('content')).toBe('noindex')
    // Without JavaScript or refresh, a link with the page's title.
    expect($(`main a[href="${basePath}${newPath}"]`).text()).toBe('Kế hoạch 6684 năm 2023: những việc để người dân biết chính sách sớm hơn')
    expect($('html').attr('lang')).toBe('vi')
    expect(page(newPath)('h1').text()).toBe('Kế hoạch 6684 năm 2023: những việc để người dân biết chính sách sớm hơn')
  })

  it('is listed in the sitemap and the search index only at its new address', () => {
    const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain(`<loc>${siteUrl}${basePath}${newPath}</loc>`)
    expect(sitemap).not.toContain(renamedExplainer.from)
    const fragments = readdirSync(path.join(distDir, 'pagefind', 'fragment')).map((name) =>
      gunzipSync(readFileSync(path.join(distDir, 'pagefind', 'fragment', name))).toString('utf8'),
    )
    expect(fragments.some((text) => text.includes(renamedExplainer.to))).toBe(true)
    expect(fragments.some((text) => text.includes(renamedExplainer.from))).toBe(false)
  })

  it('is in the redirect map a web server can load, and no page links to the old address', () => {
    const map = readFileSync(path.join(distDir, 'redirects.map'), 'utf8')
    expect(map.split('\n')).toContain(`${basePath}${oldPath} ${basePath}${newPath};`)
    for (const line of map.trim().split('\n')) expect(line).toMatch(/^\/\S+\/ \/\S+\/;$/)
    const linking = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && !file.startsWith(oldPath))
      .filter((file) => readFileSync(path.join(distDir, file), 'utf8').includes(`${basePath}${oldPath}`))
    expect(linking).toEqual([])
  })
})

describe('an address an editor moved by hand', () => {
  it('sends readers on when it leads to a page of the site', () => {
    const { from, to } = handMadeRedirects.works
    expect(page(from)('meta[http-equiv=refresh]').attr('content')).toBe(`0; url=${basePath}${to}`)
    expect(readFileSync(path.join(distDir, 'redirects.map'), 'utf8').split('\n')).toContain(`${basePath}${from} ${basePath}${to};`)
  })

  it('is left out when it leads nowhere, or when a page is at its old address', () => {
    expect(existsSync(path.join(distDir, handMadeRedirects.toNowhere.from, 'index.html'))).toBe(false)
    expect(page(handMadeRedirects.overPage.from)('h1').text()).toBe('Sở Y tế')
    const map = readFileSync(path.join(distDir, 'redirects.map'), 'utf8')
    expect(map).not.toContain(handMadeRedirects.toNowhere.from)
    expect(map).not.toContain(handMadeRedirects.overPage.from)
  })
})
