import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useFixtureSite } from '../helpers/browser'
import { basePath, distDir } from '../helpers/dist'

const site = useFixtureSite(distDir, basePath)

/** Presses Tab until the focused element's text is `text`, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, text: string, limit = 80): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab')
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return
  }
  throw new Error(`"${text}" was not reached with ${limit} presses of Tab.`)
}

describe('keyboard use', () => {
  it('reaches the skip link first and it moves focus to the content', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}du-thao/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính')
    await Promise.all([page.waitForURL(/#noi-dung$/), page.keyboard.press('Enter')])
    expect(page.url()).toMatch(/#noi-dung$/)
    await page.close()
  })

  it('filters drafts by status with the keyboard alone', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}du-thao/`)
    await tabTo(page, 'Đang lấy ý kiến')
    await Promise.all([page.waitForURL(`${site.baseUrl}du-thao/trang-thai/dang-lay-y-kien/`), page.keyboard.press('Enter')])
    expect(await page.locator('.ttcs-list .ttcs-card').count()).toBe(1)
    expect(await page.locator('nav.ttcs-filters a[aria-current="page"]').textContent()).toBe('Đang lấy ý kiến')
    await page.close()
  })

  it('switches an explainer to its Cơ Tu edition with the keyboard alone', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/`)
    await tabTo(page, 'Cơ Tu')
    await Promise.all([page.waitForURL(`${site.baseUrl}ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/`), page.keyboard.press('Enter')])
    expect(page.url()).toContain('/ktv/')
    expect(await page.locator('[data-sample-notice]').count()).toBe(1)
    await page.close()
  })

  it('shows a visible focus style', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}`)
    await tabTo(page, 'Dự thảo lấy ý kiến')
    const background = await page.evaluate(() => getComputedStyle(document.activeElement as Element).backgroundColor)
    expect(background).toBe('rgb(255, 221, 0)')
    await page.close()
  })
})

describe('draft status between rebuilds', () => {
  const draftPath = 'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/'

  async function closesAt(page: Page): Promise<Date> {
    return new Date((await page.locator('[data-ttcs-status]').first().getAttribute('data-closes'))!)
  }

  it('counts the days left from the reader’s clock', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}${draftPath}`)
    const closes = await closesAt(page)
    // 10:00 in Vietnam, three calendar days before the closing day.
    await page.clock.setFixedTime(new Date(closes.getTime() - 3 * 86_400_000 - 14 * 3_600_000))
    await page.reload()
    expect(await page.locator('[data-ttcs-days-left]').first().textContent()).toBe('Còn 3 ngày để góp ý')
    await page.close()
  })

  it('turns to "Hết hạn góp ý" after midnight of the closing day without a rebuild', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}${draftPath}`)
    await page.clock.setFixedTime(new Date((await closesAt(page)).getTime() + 60_000))
    await page.reload()
    expect(await page.locator('[data-ttcs-status]').first().textContent()).toBe('Hết hạn góp ý')
    expect(await page.locator('[data-ttcs-days-left]').first().isHidden()).toBe(true)
    await page.close()
  })

  it('shows the status from the build when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2099-01-01T00:00:00Z'))
    await page.goto(`${site.baseUrl}${draftPath}`)
    expect(await page.locator('[data-ttcs-status]').first().textContent()).toBe('Đang lấy ý kiến')
    await context.close()
  })
})
