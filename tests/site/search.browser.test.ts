import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { useFixtureSite } from '../helpers/browser'
import { basePath, distDir } from '../helpers/dist'

const site = useFixtureSite(distDir, basePath)
let page: Page

beforeAll(async () => {
  page = await site.browser.newPage()
})

/** Searches as a reader does (typing into the field) and returns the paths of the first five results. */
async function topFive(query: string): Promise<string[]> {
  await page.goto(`${site.baseUrl}tim-kiem/`)
  await page.fill('#tu-khoa', query)
  await page.press('#tu-khoa', 'Enter')
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-ttcs-search-status]')?.textContent ?? ''))
  const hrefs = await page.locator('[data-ttcs-results] li a').evaluateAll((links) => links.slice(0, 5).map((link) => link.getAttribute('href')))
  return hrefs.map((href) => href!.slice(basePath.length))
}

const expectations: [query: string, expected: string][] = [
  ['đất đai', 'bai-giai-thich/vi-pham-hanh-chinh-ve-dat-dai-bi-xu-ly-the-nao/'],
  ['dat dai', 'bai-giai-thich/vi-pham-hanh-chinh-ve-dat-dai-bi-xu-ly-the-nao/'],
  ['ĐẤT ĐAI', 'bai-giai-thich/vi-pham-hanh-chinh-ve-dat-dai-bi-xu-ly-the-nao/'],
  ['đất đai'.normalize('NFD'), 'bai-giai-thich/vi-pham-hanh-chinh-ve-dat-dai-bi-xu-ly-the-nao/'],
  ['han muc giao dat o', 'du-thao/quy-dinh-han-muc-giao-dat-o/'],
  ['hạn mức giao đất ở', 'du-thao/quy-dinh-han-muc-giao-dat-o/'],
  ['tach thua', 'du-thao/quy-dinh-han-muc-giao-dat-o/'],
  ['tách thửa đất', 'bai-giai-thich/han-muc-giao-dat-o-nhung-diem-can-biet/'],
  ['hạn mức đat ở', 'du-thao/quy-dinh-han-muc-giao-dat-o/'],
  ['to cong nghe so', 'bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/'],
  ['chuyển đổi số cấp xã', 'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/'],
  ['chuyen doi so', 'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/'],
  ['hoc sinh dan toc thieu so', 'du-thao/nghi-quyet-ho-tro-hoc-sinh-dan-toc-thieu-so/'],
  ['học sinh dân tộc xa nhà', 'bai-giai-thich/ho-tro-hoc-sinh-dan-toc-thieu-so-hoc-xa-nha/'],
  ['dao tao nghe', 'du-thao/nghi-quyet-ho-tro-dao-tao-nghe-lao-dong-nong-thon/'],
  ['học nghề lao động nông thôn', 'bai-giai-thich/hoc-nghe-cho-lao-dong-nong-thon/'],
  ['12/2026/NQ-HĐND', 'du-thao/nghi-quyet-ho-tro-dao-tao-nghe-lao-dong-nong-thon/'],
  ['6684/KH-UBND', 'van-ban/ke-hoach-6684-kh-ubnd-2023/'],
  ['6684', 'van-ban/ke-hoach-6684-kh-ubnd-2023/'],
  ['07/CT-TTg', 'van-ban/ke-hoach-6684-kh-ubnd-2023/'],
  ['tin gia', 'bai-giai-thich/nhan-biet-tin-gia-ve-chinh-sach/'],
  ['tin giả', 'bai-giai-thich/nhan-biet-tin-gia-ve-chinh-sach/'],
  ['khung hoang truyen thong', 'so-tay/xu-ly-khung-hoang-truyen-thong/'],
  ['khủng hoảng', 'so-tay/xu-ly-khung-hoang-truyen-thong/'],
  ['nguoi phat ngon bao chi', 'so-tay/lam-viec-voi-bao-chi-va-nguoi-phat-ngon/'],
  ['zalo', 'so-tay/mang-xa-hoi-va-zalo/'],
  ['khai sinh', 'bai-giai-thich/lien-thong-khai-sinh-thuong-tru-bhyt-tre-em/'],
  ['bao hiem y te tre em', 'bai-giai-thich/lien-thong-khai-sinh-thuong-tru-bhyt-tre-em/'],
  ['gop y du thao', 'bai-giai-thich/gop-y-du-thao-van-ban-quyen-cua-ban/'],
  ['ke hoach truyen thong hang nam', 'so-tay/lap-ke-hoach-truyen-thong-hang-nam/'],
  ['khung hoa', 'so-tay/xu-ly-khung-hoang-truyen-thong/'],
  ['tách thu', 'du-thao/quy-dinh-han-muc-giao-dat-o/'],
  ["n'năc", 'ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/'],
  ['n’nac', 'ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/'],
  ['Trần Minh Khoa', 'co-quan/so-van-hoa-the-thao-va-du-lich/'],
  ['tran minh khoa', 'co-quan/so-van-hoa-the-thao-va-du-lich/'],
]

describe('search finds Vietnamese the way citizens type it', () => {
  it.each(expectations)('"%s" finds %s in the first five results', async (query, expected) => {
    expect(await topFive(query)).toContain(expected)
  })
})

describe('the search page', () => {
  it('restores đ in excerpts and highlights the match', async () => {
    await topFive('dat dai')
    const excerpt = await page.locator('[data-ttcs-results] li .ttcs-card__text').first().innerHTML()
    expect(excerpt).toContain('<mark>')
    expect(excerpt).not.toContain('\u0336')
    expect(excerpt.toLowerCase()).toMatch(/đất|đai/)
  })

  it('announces the number of results in a live region', async () => {
    await topFive('khai sinh')
    const status = page.locator('[data-ttcs-search-status]')
    expect(await status.getAttribute('aria-live')).toBe('polite')
    expect(await status.textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “khai sinh”\.$/)
  })

  it('shows a few results first and more on request, moving focus to the first new one', async () => {
    await topFive('truyen thong')
    const total = Number(/Tìm thấy (\d+)/.exec((await page.locator('[data-ttcs-search-status]').textContent()) ?? '')?.[1])
    expect(total).toBeGreaterThan(6)
    expect(await page.locator('[data-ttcs-results] li').count()).toBe(6)
    await page.click('[data-ttcs-more]')
    await page.waitForFunction(() => document.querySelectorAll('[data-ttcs-results] li').length > 6)
    expect(await page.locator('[data-ttcs-results] li').count()).toBe(Math.min(total, 16))
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('[data-ttcs-results] li a')[6])).toBe(true)
  })

  it('filters by type', async () => {
    await topFive('truyen thong')
    await page.selectOption('select[name="loại"]', 'Sổ tay')
    await page.waitForFunction(() => [...document.querySelectorAll('[data-ttcs-results] .ttcs-meta')].every((meta) => meta.textContent?.startsWith('Sổ tay')))
    const types = await page.locator('[data-ttcs-results] .ttcs-meta').allTextContents()
    expect(types.length).toBeGreaterThan(1)
    for (const type of types) expect(type.startsWith('Sổ tay')).toBe(true)
  })

  it('gives a helpful message and links when nothing matches', async () => {
    expect(await topFive('xqzvwk')).toEqual([])
    expect(await page.locator('[data-ttcs-search-status]').textContent()).toBe('Không tìm thấy kết quả nào cho “xqzvwk”.')
    expect(await page.locator('[data-ttcs-empty]').isVisible()).toBe(true)
  })

  it('works from the keyboard alone and keeps the query in the address', async () => {
    await page.goto(`${site.baseUrl}tim-kiem/`)
    await page.locator('#tu-khoa').focus()
    await page.keyboard.type('so tay')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => /Tìm thấy/.test(document.querySelector('[data-ttcs-search-status]')?.textContent ?? ''))
    expect(new URL(page.url()).searchParams.get('q')).toBe('so tay')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/SELECT|A|BUTTON/)
  })

  it('starts loading the index only when the field gets focus', async () => {
    const fresh = await site.browser.newPage()
    const requested: string[] = []
    fresh.on('request', (request) => requested.push(request.url()))
    await fresh.goto(`${site.baseUrl}tim-kiem/`)
    expect(requested.some((url) => url.includes('/pagefind/'))).toBe(false)
    const loading = fresh.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'))
    await fresh.locator('#tu-khoa').focus()
    await loading
    await fresh.close()
  })

  it('is linked from every page', async () => {
    await page.goto(`${site.baseUrl}so-tay/`)
    expect(await page.locator(`nav a[href="${basePath}tim-kiem/"]`).count()).toBe(1)
  })
})
