import { readdir, readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agencyIdByName, createAccount, signInToAdmin } from '../helpers/adminAccounts'
import { launchChromium } from '../helpers/browser'
import { richText } from '../helpers/richText'
import { demoAdmin, npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'

// The admin's live preview (cms/endpoints/preview.ts, site/publish/keptRenderer.ts) in Debian Chromium: an agency
// editor sees their unpublished explainer as its public page and what they type in it, in under 1.5 s; the address
// works for nobody else, and nothing of it reaches the public site.
let system: RunningSystem
let browser: Browser
let closeBrowser: () => Promise<void>
const stamp = Date.now()
const password = 'mat-khau-xem-truoc-1'
const accounts = { author: `xem-truoc-${stamp}@vi-du.invalid`, otherAgency: `co-quan-khac-${stamp}@vi-du.invalid` }
const title = `Hỗ trợ học phí cho học sinh vùng cao ${stamp % 10_000}`
let explainerId: string
let slug: string
let previewAddress: string
let adminAuth: Record<string, string>

const agencyId = (name: string) => agencyIdByName(system, name)

beforeAll(async () => {
  system = await npmStart()
  ;({ browser, close: closeBrowser } = await launchChromium())
  const { token } = await (await signInAsDemoAdmin(system)).json()
  adminAuth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const create = (email: string, agency: string) => createAccount(system, adminAuth, { email, password, roles: ['agency-editor'], agency })
  const ownAgency = await agencyId('Sở Nội vụ')
  expect((await create(accounts.author, ownAgency)).status).toBe(201)
  expect((await create(accounts.otherAgency, await agencyId('Sở Tư pháp'))).status).toBe(201)
  // Saved as a draft, never published.
  const response = await fetch(`${system.cms}/api/explainers?draft=true`, {
    method: 'POST',
    headers: adminAuth,
    body: JSON.stringify({
      title,
      lead: 'Học sinh ở xã vùng cao được hỗ trợ học phí từ năm học mới.',
      body: richText('Mức hỗ trợ bằng học phí của trường công lập cùng cấp.'),
      lifecycleStage: 'implementation',
      agency: ownAgency,
      _status: 'draft',
    }),
  })
  expect(response.status).toBe(201)
  ;({ id: explainerId, slug } = (await response.json()).doc)
}, 300_000)

afterAll(async () => {
  await closeBrowser?.()
  await system?.stop()
})

/** Asks for an address from a signed-in page, as its browser would (with its cookie, from the admin's origin). */
const ask = (page: Page, url: string, init: { method?: string; body?: string } = {}) =>
  page.evaluate(
    async ({ url, init }) => {
      const response = await fetch(url, { ...init, headers: init.body ? { 'content-type': 'application/json' } : {} })
      return { status: response.status, text: await response.text(), headers: Object.fromEntries(response.headers) }
    },
    { url, init },
  )

const signIn = (email: string, secret = password): Promise<Page> => signInToAdmin(browser, system, email, secret)

describe('live preview in the admin', () => {
  it('shows an agency editor their unpublished explainer as its public page, and what they type within 1.5 s', async () => {
    const page = await signIn(accounts.author)
    await page.goto(`${system.cms}/admin/collections/explainers/${explainerId}`)
    // Text typed before the admin's scripts have loaded is lost (see adminWorkflow.server.test.ts).
    await page.waitForLoadState('networkidle')
    await page.locator('#live-preview-toggler').click()
    const frame = page.frameLocator('#live-preview-iframe')
    // The site's page: its header and layout, the document's title, and a banner that says it is not published.
    await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: 15_000 }).toBe(title)
    expect(await frame.locator('header').count()).toBeGreaterThan(0)
    expect(await frame.locator('[data-preview-banner]').textContent()).toContain('chưa xuất bản')
    previewAddress = (await page.locator('#live-preview-iframe').getAttribute('src'))!
    expect(previewAddress).toContain('/api/xem-truoc/explainers/')

    // At a phone's width, as the toolbar offers it.
    await page.locator('.live-preview-toolbar-controls__breakpoint button').first().click()
    await page.locator('.popup-button-list__button', { hasText: 'Điện thoại' }).click()
    await expect.poll(() => page.locator('#live-preview-iframe').evaluate((frame) => frame.getBoundingClientRect().width)).toBeGreaterThan(300)
    expect(await frame.locator('body').evaluate((body) => body.ownerDocument.defaultView!.innerWidth)).toBe(390)

    for (const round of [1, 2]) {
      const words = `Hồ sơ nộp trước ngày 15 tháng 9, lần ${round} ${stamp}.`
      const typedAt = Date.now()
      await page.locator('#field-lead').fill(words)
      await expect.poll(() => frame.locator('body').innerText(), { timeout: 10_000, interval: 50 }).toContain(words)
      const seconds = (Date.now() - typedAt) / 1000
      console.log(`live preview showed what was typed after ${seconds.toFixed(2)} s`)
      expect(seconds).toBeLessThanOrEqual(1.5)
    }

    // Private: never stored, never indexed; the public site, its files and its search index know nothing of it.
    const answer = await ask(page, previewAddress)
    expect(answer.status).toBe(200)
    expect(answer.headers['cache-control']).toBe('private, no-store')
    expect(answer.headers['x-robots-tag']).toContain('noindex')
    expect(answer.text).toContain('<meta name="robots" content="noindex, nofollow">')
    expect((await fetch(`${system.site}bai-giai-thich/${slug}/`)).status).toBe(404)
    // The site builder that rendered the preview builds the next release: publishing another document must not
    // carry the previewed one (or what was typed) into any file of it, search index included.
    const other = (await (await fetch(`${system.cms}/api/explainers?limit=1&depth=0`)).json()).docs[0] as { id: string; slug: string }
    const published = `Cập nhật sau xem trước ${stamp}.`
    const patched = await fetch(`${system.cms}/api/explainers/${other.id}`, {
      method: 'PATCH',
      headers: adminAuth,
      body: JSON.stringify({ lead: published, _status: 'published' }),
    })
    expect(patched.status).toBe(200)
    await expect
      .poll(async () => (await (await fetch(`${system.site}bai-giai-thich/${other.slug}/`)).text()).includes(published), { timeout: 120_000, interval: 500 })
      .toBe(true)
    const liveDir = path.resolve(String(system.env.SITE_OUT_DIR))
    const files = (await readdir(liveDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
    expect(files.length).toBeGreaterThan(50)
    for (const entry of files) {
      const bytes = await readFile(path.join(entry.parentPath, entry.name))
      const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8')
      expect(text.includes(title) || text.includes(`lần 2 ${stamp}`), entry.name).toBe(false)
    }
  })

  it('refuses the preview address signed out, to another agency’s editor, and with a changed token', async () => {
    expect(previewAddress).toBeTruthy()
    const signedOut = await fetch(previewAddress)
    expect(signedOut.status).toBe(401)
    expect(await signedOut.text()).not.toContain(title)

    const other = await signIn(accounts.otherAgency)
    const refused = await ask(other, previewAddress)
    expect(refused.status).toBe(403)
    expect(refused.text).not.toContain(title)
    // Nor can they make it show them the document by posting what to show.
    const posted = await ask(other, previewAddress, { method: 'POST', body: JSON.stringify({ data: { title: 'x' } }) })
    expect(posted.status).toBe(403)
    expect(posted.text).not.toContain(title)

    const author = await signIn(accounts.author)
    const address = new URL(previewAddress)
    const token = address.searchParams.get('token')!
    address.searchParams.set('token', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))
    expect((await ask(author, address.href)).status).toBe(403)
    // The token is for one document in one language.
    const english = new URL(previewAddress)
    english.searchParams.set('locale', 'en')
    expect((await ask(author, english.href)).status).toBe(403)
    expect((await ask(author, previewAddress)).status).toBe(200)
  })

  it('previews every kind with a public page: a draft, a handbook chapter, a plan, a press briefing, an English edition', async () => {
    const { email, password: secret } = demoAdmin(system)
    const page = await signIn(email, secret)
    const cases = [
      { collection: 'drafts', locale: 'vi' },
      { collection: 'handbook-chapters', locale: 'vi' },
      { collection: 'policy-documents', locale: 'vi' },
      { collection: 'press-briefings', locale: 'vi' },
      { collection: 'explainers', locale: 'en' },
    ]
    for (const { collection, locale } of cases) {
      // A published document with an edition in that language (the English one: an explainer translated in the demo).
      const found = await (await fetch(`${system.cms}/api/${collection}?limit=50&depth=0&locale=${locale}&fallback-locale=none`)).json()
      const doc = (found.docs as { id: string; title?: string }[]).find((each) => each.title)!
      expect(doc, collection).toBeTruthy()
      await page.goto(`${system.cms}/admin/collections/${collection}/${doc.id}?locale=${locale}`)
      await page.waitForLoadState('networkidle')
      // The admin remembers that the preview was open; open it only where it is not.
      const toggler = page.locator('#live-preview-toggler')
      if (!/--active/.test((await toggler.getAttribute('class')) ?? '')) await toggler.click()
      const frame = page.frameLocator('#live-preview-iframe')
      await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: 15_000, message: collection }).toContain(doc.title!.slice(0, 30))
      expect(await frame.locator('html').getAttribute('lang'), collection).toBe(locale)
      expect(await frame.locator('[data-preview-banner]').count(), collection).toBe(1)
    }
  })
})
