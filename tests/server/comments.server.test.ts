import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'

// Comments through the real system: the static site's form in Chromium, and bursts against the CMS on SQLite.
let system: RunningSystem
let browser: Browser
let closeBrowser: () => Promise<void>
let draftId: string
const draftSlug = 'quy-dinh-ho-tro-chuyen-doi-so-cap-xa'

beforeAll(async () => {
  // Limits high enough for the load test; the limits themselves are tested in tests/cms/comments.int.test.ts.
  system = await npmStart({ COMMENT_RATE_LIMIT_CLIENT: '100000/60', COMMENT_RATE_LIMIT_DRAFT: '100000/60' })
  ;({ browser, close: closeBrowser } = await launchChromium())
  draftId = (await (await fetch(`${system.cms}/api/drafts?where[slug][equals]=${draftSlug}&depth=0`)).json()).docs[0].id
}, 300_000)

afterAll(async () => {
  await closeBrowser?.()
  await system?.stop()
})

/** The texts of every comment stored for the draft, read by the demo admin over HTTP. */
async function storedTexts(): Promise<string[]> {
  const { token } = await (await signInAsDemoAdmin(system)).json()
  const response = await fetch(`${system.cms}/api/comments?where[draft][equals]=${draftId}&pagination=false&depth=0&select[text]=true`, {
    headers: { authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  return (await response.json()).docs.map((doc: { text: string }) => doc.text)
}

const fill = async (page: import('playwright-core').Page, text: string) => {
  await page.selectOption('select[name=article]', '5')
  await page.fill('textarea[name=text]', text)
  await page.fill('input[name=name]', 'Hồ Văn Lực')
  await page.fill('input[name=locality]', 'xã Núi Thành')
  await page.check('input[name=consent]')
}

describe('the comment form in a browser', () => {
  it('works without JavaScript: the CMS sends the browser to the confirmation page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${system.site}du-thao/${draftSlug}/`)
    const text = 'Góp ý gửi từ trình duyệt tắt JavaScript: đề nghị hỗ trợ thêm cho thôn xa.'
    await fill(page, text)
    await Promise.all([page.waitForURL(`${system.site}du-thao/${draftSlug}/da-gui-gop-y/`), page.click('button[type=submit]')])
    expect(await page.locator('h1').textContent()).toBe('Đã gửi góp ý')
    expect(await storedTexts()).toContain(text)
    await context.close()
  })

  it('confirms in place with JavaScript, without leaving the page', async () => {
    const page = await browser.newPage()
    const url = `${system.site}du-thao/${draftSlug}/`
    await page.goto(url)
    const text = 'Góp ý gửi từ trình duyệt có JavaScript: cần tập huấn cho người cao tuổi.'
    await fill(page, text)
    await page.click('button[type=submit]')
    const done = page.locator('[data-ttcs-comment-done]')
    await done.waitFor({ state: 'visible' })
    expect(await done.textContent()).toContain('Đã nhận góp ý của bạn')
    expect(page.url()).toBe(url)
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-ttcs-comment-done'))).toBe(true)
    expect(await page.locator('form[data-ttcs-comment-form]').isHidden()).toBe(true)
    expect(await storedTexts()).toContain(text)
    await page.close()
  })

  it('shows the CMS’s reasons beside the form and keeps what was typed', async () => {
    const page = await browser.newPage()
    await page.goto(`${system.site}du-thao/${draftSlug}/`)
    await fill(page, 'Xem thêm tại <a href="https://example.com">đây</a>')
    await page.click('button[type=submit]')
    const errors = page.locator('[data-ttcs-comment-errors]')
    await errors.waitFor({ state: 'visible' })
    expect(await errors.textContent()).toContain('không được chứa mã HTML')
    expect(await page.locator('textarea[name=text]').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('textarea[name=text]').inputValue()).toContain('Xem thêm tại')
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-ttcs-comment-errors'))).toBe(true)
    await page.close()
  })
})

describe('stored text in the admin', () => {
  it('is shown escaped', async () => {
    const text = 'Mức 5 < 7 triệu & "hỗ trợ" > 0 là chưa đủ'
    const sent = await fetch(`${system.cms}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ draft: draftId, text, name: 'Người thử', locality: 'phường Tam Kỳ', consent: true }),
    })
    expect(sent.status).toBe(201)
    const login = await signInAsDemoAdmin(system)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const { token } = await login.json()
    const [comment] = (
      await (
        await fetch(`${system.cms}/api/comments?where[text][equals]=${encodeURIComponent(text)}&depth=0`, { headers: { authorization: `JWT ${token}` } })
      ).json()
    ).docs
    const html = await (await fetch(`${system.cms}/admin/collections/comments/${comment.id}`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).text()
    expect(html).toContain('5 &lt; 7 triệu &amp; &quot;hỗ trợ&quot; &gt; 0')
    expect(html).not.toContain(text)
  })
})

describe('under load', () => {
  /** Sends `count` distinct comments one after another from one client; returns the texts the CMS acknowledged. */
  async function client(name: string, count: number, acknowledged: string[], statuses: number[]): Promise<void> {
    for (let n = 0; n < count; n++) {
      const text = `Góp ý tải thử ${name}-${n}: đề nghị làm rõ mức hỗ trợ.`
      const response = await fetch(`${system.cms}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${name.length}.${n % 250}` },
        body: JSON.stringify({ draft: draftId, article: 'general', text, name: `Khách ${name}`, locality: 'phường Hội An', consent: true }),
      }).catch(() => undefined)
      if (!response) return
      statuses.push(response.status)
      if (response.status === 201) acknowledged.push(text)
    }
  }

  it('stores 1,000 comments from 50 concurrent clients exactly once each', async () => {
    const acknowledged: string[] = []
    const statuses: number[] = []
    await Promise.all(Array.from({ length: 50 }, (_, index) => client(`tai-${index}`, 20, acknowledged, statuses)))
    expect(statuses.filter((status) => status !== 201)).toEqual([])
    const stored = (await storedTexts()).filter((text) => text.startsWith('Góp ý tải thử tai-'))
    expect(stored).toHaveLength(1000)
    expect(new Set(stored).size).toBe(1000)
    expect(new Set(stored)).toEqual(new Set(acknowledged))
  }, 120_000)

  it('keeps every acknowledged comment when the CMS is killed during a burst and restarted', async () => {
    const acknowledged: string[] = []
    const statuses: number[] = []
    const burst = Promise.all(Array.from({ length: 50 }, (_, index) => client(`sap-${index}`, 1000, acknowledged, statuses)))
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 20))
    system.kill('SIGKILL')
    await burst
    expect(acknowledged.length).toBeGreaterThanOrEqual(200)
    await system.restart()
    const stored = new Set((await storedTexts()).filter((text) => text.startsWith('Góp ý tải thử sap-')))
    expect(acknowledged.filter((text) => !stored.has(text))).toEqual([])
    expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length)
  }, 300_000)
})
