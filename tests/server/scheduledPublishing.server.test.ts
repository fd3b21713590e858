import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { demoAdmin, npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'
import { richText } from '../helpers/richText'

// An editor schedules a publish in the admin, the CMS is restarted before it is due, and at that minute the page
// and the search index serve it with nobody acting. Real time, real `npm start`, real job queue.
let system: RunningSystem

beforeAll(async () => {
  system = await npmStart()
}, 300_000)

afterAll(() => system?.stop())

const vietnamTime = (date: Date) => {
  const local = new Date(date.getTime() + 7 * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    day: local.getUTCDate(),
    hhmm: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    minutesOfDay: local.getUTCHours() * 60 + local.getUTCMinutes(),
  }
}

describe('scheduled publishing in the admin', () => {
  it('publishes at the minute an editor chose, after a restart, and the site and its search follow', async () => {
    const { token } = await (await signInAsDemoAdmin(system)).json()
    const admin = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const agencies = await (await fetch(`${system.cms}/api/agencies?limit=1`)).json()
    const word = `henlich${Date.now().toString(36)}`
    const title = `Thông báo đăng theo lịch ${word}`
    const created = await fetch(`${system.cms}/api/explainers?draft=true`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        title,
        lead: `Bài này lên trang vào giờ đã hẹn (${word}).`,
        body: richText('Nội dung đăng theo lịch.'),
        lifecycleStage: 'implementation',
        agency: agencies.docs[0].id,
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const page = `${system.site}bai-giai-thich/${doc.slug}/`
    expect((await fetch(page)).status).toBe(404)

    // The picker offers today only up to midnight: a schedule made in the last minutes of the day waits for the next.
    while (vietnamTime(new Date()).minutesOfDay > 24 * 60 - 4) await new Promise((resolve) => setTimeout(resolve, 5000))
    // Two minutes ahead, to the minute: enough for the restart below to happen before it is due.
    const due = new Date(Math.ceil((Date.now() + 2 * 60_000) / 60_000) * 60_000)
    const { browser, close } = await launchChromium()
    try {
      const tab = await (await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage()
      const { email, password } = demoAdmin(system)
      await tab.goto(`${system.cms}/admin/login`)
      await tab.fill('#field-email', email)
      await tab.fill('#field-password', password)
      await Promise.all([tab.waitForURL(/\/admin$/), tab.click('button[type=submit]')])
      await tab.goto(`${system.cms}/admin/collections/explainers/${doc.id}`)
      // The arrow beside the publish button offers the schedule.
      await tab.locator('.popup-button--size-medium').first().click()
      await tab.getByRole('button', { name: /lịch xuất bản/i }).click()
      const drawer = tab.locator('dialog.schedule-publish')
      await drawer.getByText('Xuất bản', { exact: true }).click()
      await expect.poll(() => drawer.getByText('(UTC+07:00) Giờ Việt Nam').count()).toBe(1)
      await drawer.locator('.react-datepicker__input-container input').click()
      const { day, hhmm } = vietnamTime(due)
      await tab
        .locator(`.react-datepicker__day--${String(day).padStart(3, '0')}:not(.react-datepicker__day--outside-month)`)
        .first()
        .click()
      await tab.locator('.react-datepicker__time-list-item', { hasText: new RegExp(`^${hhmm}$`) }).click()
      await drawer.locator('#scheduled-publish-save').click()
      await expect.poll(() => drawer.locator('.schedule-publish__upcoming').innerText()).toContain(hhmm)
      expect(Date.now()).toBeLessThan(due.getTime() - 30_000)

      await system.restart()
      expect(Date.now()).toBeLessThan(due.getTime())
      expect((await fetch(page)).status).toBe(404)

      await expect.poll(async () => (await fetch(page)).status, { timeout: 180_000, interval: 1000 }).toBe(200)
      const publishedAt = Date.now()
      expect(publishedAt).toBeGreaterThanOrEqual(due.getTime())
      expect(await (await fetch(page)).text()).toContain(title)

      const search = await browser.newPage()
      await search.goto(`${system.site}tim-kiem/?q=${word}`)
      await search.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-ttcs-search-status]')?.textContent ?? ''))
      const results = await search.locator('[data-ttcs-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(results[0]).toContain(`/bai-giai-thich/${doc.slug}/`)
    } finally {
      await close()
    }

    // The trail says it was the schedule, on behalf of the editor who set it.
    const { token: again } = await (await signInAsDemoAdmin(system)).json()
    const trail = await (
      await fetch(`${system.cms}/api/audit-log?where[documentId][equals]=${doc.id}&sort=createdAt`, { headers: { authorization: `JWT ${again}` } })
    ).json()
    const { email } = demoAdmin(system)
    expect(trail.docs.map((entry: { action: string; note?: string }) => [entry.action, entry.note])).toEqual([
      ['publish', `Theo lịch xuất bản, thay mặt ${email}`],
    ])
  }, 420_000)
})
