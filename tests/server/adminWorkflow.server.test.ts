import sharp from 'sharp'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agencyIdByName, createAccount, signInToAdmin } from '../helpers/adminAccounts'
import { launchChromium } from '../helpers/browser'
import { richText } from '../helpers/richText'
import { demoAdmin, npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'

// The editorial workflow in the built admin, in Debian Chromium with a Vietnamese browser: an agency editor writes an
// explainer with an image and submits it, a reviewer publishes it, and it appears on the public site by itself.
let system: RunningSystem
let browser: Browser
let closeBrowser: () => Promise<void>
let adminAuth: Record<string, string>
let imageDir: string
const stamp = Date.now()
const password = 'mat-khau-trinh-duyet-1'
const accounts = { author: `soan-thao-${stamp}@vi-du.invalid`, reviewer: `nguoi-duyet-${stamp}@vi-du.invalid` }
const title = `Nộp hồ sơ trực tuyến được giảm lệ phí ${stamp % 10_000}`
let explainerId: string

const agencyId = (name: string) => agencyIdByName(system, name)

beforeAll(async () => {
  system = await npmStart()
  ;({ browser, close: closeBrowser } = await launchChromium())
  const { token } = await (await signInAsDemoAdmin(system)).json()
  adminAuth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const create = (email: string, roles: string[], agency?: string) => createAccount(system, adminAuth, { email, password, roles, agency })
  expect((await create(accounts.author, ['agency-editor'], await agencyId('Sở Nội vụ'))).status).toBe(201)
  expect((await create(accounts.reviewer, ['reviewer'])).status).toBe(201)
  imageDir = await mkdtemp(path.join(tmpdir(), 'ttcs-anh-'))
  await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#1d5f8a' } })
    .png()
    .toFile(path.join(imageDir, 'mot-cua.png'))
}, 300_000)

afterAll(async () => {
  await closeBrowser?.()
  await system?.stop()
  if (imageDir) await rm(imageDir, { recursive: true, force: true })
})

const signIn = (email: string): Promise<Page> => signInToAdmin(browser, system, email, password)

/** The status column of a document's row in a collection's list (cms/components/PublicationStatus.tsx). */
async function statusInList(page: Page, collection: string, title: string) {
  await page.goto(`${system.cms}/admin/collections/${collection}`)
  const status = page.locator('tr', { hasText: title }).locator('[data-publication-status]')
  return { status: await status.getAttribute('data-publication-status'), liveSince: await status.getAttribute('data-live-since') }
}

/** The status at the top of the edit screen's sidebar, and its link to the public page. */
async function statusOnEditScreen(page: Page) {
  const box = page.locator('.publication-status')
  const link = box.locator('a')
  return {
    status: await box.locator('[data-publication-status]').getAttribute('data-publication-status'),
    liveSince: await box.locator('[data-publication-status]').getAttribute('data-live-since'),
    link: (await link.count()) ? await link.getAttribute('href') : null,
  }
}

/** Words Payload left in English or word for word, and MIME types where editors expect a file's kind. */
const englishLeft =
  /\b(Add block|Drag to move|Edit link|Insert Paragraph|Notifications|Table|Email|Slug|API|fields?|Spam|isDemo|responded|Material|To pick up)\b|\bID:|Chọn một file|Dán URL|Quy tắc ngang|Danh sách đã sắp xếp|Xuất bản trong|\b(image|application|audio)\/[a-z]/

/** What a screen shows and what a screen reader says of it: visible text, labels, titles and placeholders, descriptions. */
function wordsOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    )
    const described = [...document.querySelectorAll('[aria-describedby]')].flatMap((element) =>
      element
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? ''),
    )
    return [document.body.innerText, ...attributes, ...described].join('\n')
  })
}

/** Picks an option in one of the admin's select boxes by typing part of its text. */
async function choose(page: Page, field: string, text: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator(`#field-${field} .rs__control input`).fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

describe('the admin in a browser', () => {
  it('lets an agency editor write an explainer with an image and submit it for review', async () => {
    const page = await signIn(accounts.author)
    await page.goto(`${system.cms}/admin/collections/explainers/create`)
    await page.fill('#field-title', title)
    await page.fill('#field-lead', 'Người dân nộp hồ sơ trực tuyến được giảm một nửa lệ phí.')
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type('Từ tháng sau, hồ sơ nộp trực tuyến được giảm 50% lệ phí.')
    await page.locator('#field-heroImage button', { hasText: 'Tạo mới' }).click()
    await page.setInputFiles('input[type=file]', path.join(imageDir, 'mot-cua.png'))
    await page.fill('.drawer #field-alt', 'Người dân nộp hồ sơ tại bộ phận một cửa')
    await page.locator('.drawer button', { hasText: /^Lưu$/ }).click()
    await page.locator('.drawer').waitFor({ state: 'detached' })
    await choose(page, 'lifecycleStage', 'Thực thi chính sách')
    await choose(page, 'agency', 'Sở Nội vụ')
    // One click sends it for review, after a confirmation; the state is not a field the author changes by hand.
    expect(await page.locator('#field-reviewState input').first().isDisabled()).toBe(true)
    await page.locator('#action-submit-for-review').click()
    expect(await page.locator('.confirmation-modal').innerText()).toContain(title)
    await page.locator('#confirm-action').click()
    await page.waitForURL(/\/admin\/collections\/explainers\/[0-9a-f-]{36}$/)
    explainerId = page.url().split('/').pop()!
    const saved = await (await fetch(`${system.cms}/api/explainers/${explainerId}?draft=true&depth=1`, { headers: adminAuth })).json()
    expect(saved).toMatchObject({
      _status: 'draft',
      reviewState: 'submitted',
      heroImage: { alt: 'Người dân nộp hồ sơ tại bộ phận một cửa' },
      agency: { name: 'Sở Nội vụ' },
    })
    expect(JSON.stringify(saved.body)).toContain('giảm 50% lệ phí')
    // The admin says what the public sees: nothing yet, and the site has no page for it.
    expect(await statusOnEditScreen(page)).toEqual({ status: 'Chờ duyệt', liveSince: null, link: null })
    expect(await statusInList(page, 'explainers', title)).toEqual({ status: 'Chờ duyệt', liveSince: null })
    expect((await fetch(`${system.site}bai-giai-thich/${saved.slug}/`)).status).toBe(404)
    await page.context().close()
  }, 120_000)

  it('lets a reviewer publish it, and the public site shows it without anyone acting', async () => {
    const page = await signIn(accounts.reviewer)
    // The reviewer's dashboard lists what waits for review.
    // The to-do panel counts what waits for review, linking to the list of it.
    const waiting = page.locator('[data-to-do] li', { hasText: 'Bài giải thích chờ duyệt' })
    expect(Number(await waiting.getAttribute('data-count'))).toBeGreaterThanOrEqual(1)
    expect(await waiting.locator('a').getAttribute('href')).toContain('/admin/collections/explainers?')
    const queue = page.locator('[data-review-queue]')
    expect(await queue.locator('h2').textContent()).toBe('Chờ duyệt')
    await queue.locator('a', { hasText: title }).click()
    await page.waitForURL(`${system.cms}/admin/collections/explainers/${explainerId}`)
    await page.locator('#field-title').waitFor()
    // Nothing asks the reviewer to send back what they are publishing, and publishing asks first, naming the address.
    await page.locator('#action-save', { hasText: 'Duyệt và xuất bản' }).click()
    const confirmation = page.locator('[data-publish-confirmation]')
    expect(await confirmation.innerText()).toContain(title)
    const read = async (): Promise<{ _status?: string; reviewState?: string; slug?: string }> =>
      (await fetch(`${system.cms}/api/explainers/${explainerId}?depth=0`, { headers: adminAuth })).json()
    expect((await read())._status).toBe('draft')
    await page.locator('.confirmation-modal #confirm-action').click()
    await expect.poll(async () => (await read())._status, { timeout: 10_000, interval: 250 }).toBe('published')
    const published = await read()
    expect(await confirmation.count()).toBe(0)
    // The admin follows the rebuild and says when the page is live, with its link; by then the public site serves it.
    const live = page.locator('[data-publish-live]')
    await live.waitFor({ timeout: 90_000 })
    const liveUrl = `${system.site}bai-giai-thich/${published.slug}/`
    expect(await live.locator('a').getAttribute('href')).toBe(liveUrl)
    expect((await fetch(liveUrl)).status).toBe(200)
    expect(published).toMatchObject({ _status: 'published', reviewState: 'approved' })
    const trail = await (
      await fetch(`${system.cms}/api/audit-log?where[documentId][equals]=${explainerId}&sort=createdAt&depth=0`, { headers: adminAuth })
    ).json()
    expect(trail.docs.map((entry: { action: string; userEmail: string }) => `${entry.action} ${entry.userEmail}`)).toEqual([
      `submit ${accounts.author}`,
      `publish ${accounts.reviewer}`,
    ])
    // What the admin says is what the public sees: live since the publish, not "a draft with a published version".
    const listed = await statusInList(page, 'explainers', title)
    expect(listed.status).toBe('Đang hiển thị')
    expect(Math.abs(Date.parse(listed.liveSince!) - Date.now())).toBeLessThan(5 * 60_000)
    await page.goto(`${system.cms}/admin/collections/explainers/${explainerId}`)
    await page.locator('#field-title').waitFor()
    expect(await page.locator('.doc-controls').innerText()).not.toContain('Đã thay đổi')
    expect(await statusOnEditScreen(page)).toEqual({ status: 'Đang hiển thị', liveSince: listed.liveSince, link: liveUrl })

    const url = `${system.site}bai-giai-thich/${published.slug}/`
    await expect.poll(async () => (await fetch(url)).status, { timeout: 60_000, interval: 500 }).toBe(200)
    await page.goto(url)
    expect(await page.locator('h1').textContent()).toBe(title)
    expect(await page.locator('img[alt="Người dân nộp hồ sơ tại bộ phận một cửa"]').count()).toBeGreaterThan(0)
    await page.context().close()

    // The author edits the live explainer and saves a draft: the admin says an edit waits, the public keeps the live text.
    const author = await signIn(accounts.author)
    await author.goto(`${system.cms}/admin/collections/explainers/${explainerId}`)
    await author.fill('#field-lead', 'Bản sửa chưa xuất bản: lệ phí giảm 70%.')
    await author.locator('#action-save-draft').click()
    await expect
      .poll(async () => (await (await fetch(`${system.cms}/api/explainers/${explainerId}?draft=true&depth=0`, { headers: adminAuth })).json()).lead)
      .toBe('Bản sửa chưa xuất bản: lệ phí giảm 70%.')
    await author.reload()
    expect(await statusOnEditScreen(author)).toEqual({ status: 'Đang hiển thị, có bản sửa chưa xuất bản', liveSince: listed.liveSince, link: liveUrl })
    expect(await statusInList(author, 'explainers', title)).toEqual({ status: 'Đang hiển thị, có bản sửa chưa xuất bản', liveSince: listed.liveSince })
    const served = await (await fetch(url)).text()
    expect(served).toContain('giảm một nửa lệ phí')
    expect(served).not.toContain('giảm 70%')
    await author.context().close()
  }, 180_000)

  it('lets a reviewer send content back only with a note, which the author then reads', async () => {
    const login = await (
      await fetch(`${system.cms}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: accounts.author, password }),
      })
    ).json()
    const authorAuth = { authorization: `JWT ${login.token}`, 'content-type': 'application/json' }
    const returnedTitle = `Bài cần sửa lại ${stamp}`
    const created = await fetch(`${system.cms}/api/explainers?draft=true`, {
      method: 'POST',
      headers: authorAuth,
      body: JSON.stringify({
        title: returnedTitle,
        lead: 'Bản nháp gửi duyệt.',
        body: richText('Nội dung đầy đủ để gửi duyệt.'),
        lifecycleStage: 'implementation',
        agency: await agencyId('Sở Nội vụ'),
        _status: 'draft',
        reviewState: 'submitted',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const page = await signIn(accounts.reviewer)
    await page.goto(`${system.cms}/admin/collections/explainers/${doc.id}`)
    await page.locator('#action-return').click()
    const confirm = page.locator('#confirm-return')
    expect(await confirm.isDisabled()).toBe(true)
    await page.fill('#review-return-note', 'Cần ghi rõ ngày áp dụng và cơ quan tiếp nhận hồ sơ.')
    await confirm.click()
    const read = async () => (await fetch(`${system.cms}/api/explainers/${doc.id}?draft=true&depth=0`, { headers: adminAuth })).json()
    await expect.poll(async () => (await read()).reviewState, { timeout: 10_000, interval: 250 }).toBe('returned')
    expect(await read()).toMatchObject({ _status: 'draft', reviewNote: 'Cần ghi rõ ngày áp dụng và cơ quan tiếp nhận hồ sơ.' })
    await page.context().close()
    // The author sees the note and can send it again with one click.
    const author = await signIn(accounts.author)
    // Their dashboard says something came back to them.
    expect(await author.locator('[data-to-do] li', { hasText: 'Bài giải thích bị trả lại, cần sửa' }).getAttribute('data-count')).toBe('1')
    await author.goto(`${system.cms}/admin/collections/explainers/${doc.id}`)
    expect(await author.locator('#field-reviewNote').inputValue()).toBe('Cần ghi rõ ngày áp dụng và cơ quan tiếp nhận hồ sơ.')
    expect(await author.locator('#action-submit-for-review').count()).toBe(1)
    expect(await author.locator('#action-return, #action-save').count()).toBe(0)
    expect(await statusOnEditScreen(author)).toEqual({ status: 'Trả lại để sửa', liveSince: null, link: null })
    expect(await statusInList(author, 'explainers', returnedTitle)).toEqual({ status: 'Trả lại để sửa', liveSince: null })
    await author.context().close()
  }, 120_000)

  it('moderates a comment in one click, a selection in one more, on a phone too', async () => {
    const { docs } = await (await fetch(`${system.cms}/api/comments?where[state][equals]=valid&limit=3&depth=0&sort=createdAt`, { headers: adminAuth })).json()
    expect(docs).toHaveLength(3)
    const ids: string[] = docs.map((doc: { id: string }) => doc.id)
    const stateOf = async (id: string) => (await (await fetch(`${system.cms}/api/comments/${id}?depth=0`, { headers: adminAuth })).json()).state
    const { email, password: adminPassword } = demoAdmin(system)
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.goto(`${system.cms}/admin/login`)
    await page.fill('#field-email', email)
    await page.fill('#field-password', adminPassword)
    await Promise.all([page.waitForURL(/\/admin$/), page.click('button[type=submit]')])
    await page.goto(`${system.cms}/admin/collections/comments?${ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`)
    const cells = page.locator('[data-comment-state]')
    await expect.poll(() => cells.count()).toBe(3)
    // The state and its buttons are on screen at 390 px, and the page does not scroll sideways.
    const box = (await cells.first().boundingBox())!
    expect(box.x + Math.min(box.width, 60)).toBeLessThanOrEqual(390)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // One click on a row's button.
    const row = page.locator('tr', { has: page.locator(`a[href$="/comments/${ids[0]}"]`) })
    await row.getByRole('button', { name: 'Chuyển góp ý sang "Ngoài phạm vi"' }).click()
    await expect.poll(() => stateOf(ids[0]!)).toBe('out-of-scope')
    await expect.poll(() => row.locator('[data-comment-state]').getAttribute('data-comment-state')).toBe('out-of-scope')
    // The list refreshes after a change, and a refresh clears the selection: select once it has landed, as a person would.
    await page.waitForLoadState('networkidle')
    // A selection, then one click above the table.
    for (const id of ids.slice(1))
      await page
        .locator('tr', { has: page.locator(`a[href$="/comments/${id}"]`) })
        .locator('input[type=checkbox]')
        .check()
    const bulk = page.locator('[data-bulk-moderation]')
    await expect.poll(() => bulk.innerText()).toContain('Đã chọn 2 góp ý')
    await bulk.getByRole('button', { name: 'Trùng lặp' }).click()
    await expect.poll(async () => Promise.all(ids.map(stateOf))).toEqual(['out-of-scope', 'duplicate', 'duplicate'])
    // The citizen's words are as they were sent.
    const { docs: after } = await (await fetch(`${system.cms}/api/comments?where[id][in]=${ids.join(',')}&depth=0`, { headers: adminAuth })).json()
    expect(after.map((doc: { text: string }) => doc.text).sort()).toEqual(docs.map((doc: { text: string }) => doc.text).sort())
    await context.close()
  }, 120_000)

  it('fills the address in as the title is typed, and keeps the one an editor writes', async () => {
    const page = await signIn(accounts.author)
    // Typing before the admin has loaded its scripts would be lost, for a person too.
    await page.goto(`${system.cms}/admin/collections/explainers/create`, { waitUntil: 'networkidle' })
    await page.locator('#field-title').pressSequentially('Đường giao thông nông thôn mới')
    await expect.poll(() => page.locator('#field-slug').inputValue()).toBe('duong-giao-thong-nong-thon-moi')
    await page.locator('.slug-field-component button', { hasText: 'Mở khóa' }).click()
    await page.fill('#field-slug', 'giao-thong-nong-thon')
    await page.locator('#field-title').pressSequentially(' năm 2027')
    await page.waitForTimeout(500)
    expect(await page.locator('#field-slug').inputValue()).toBe('giao-thong-nong-thon')
    await page.context().close()
  }, 60_000)

  it("does not open another agency's unpublished draft for an agency editor", async () => {
    const type = (await (await fetch(`${system.cms}/api/document-types?limit=1`)).json()).docs[0].id
    const foreignTitle = `Dự thảo nội bộ của Sở Xây dựng ${stamp}`
    const created = await fetch(`${system.cms}/api/drafts?draft=true`, {
      method: 'POST',
      headers: adminAuth,
      body: JSON.stringify({
        title: foreignTitle,
        documentType: type,
        draftingAgency: await agencyId('Sở Xây dựng'),
        summary: 'Nội bộ.',
        opensAt: '2027-01-01T00:00:00Z',
        closesAt: '2027-03-01T00:00:00Z',
        _status: 'draft',
      }),
    })
    const { doc } = await created.json()
    const page = await signIn(accounts.author)
    await page.goto(`${system.cms}/admin/collections/drafts/${doc.id}`)
    await page.waitForURL(/\/admin\/collections\/drafts\/?(\?.*)?$/)
    expect(await page.locator('#field-title').count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toContain(foreignTitle)
    await page.context().close()
  }, 60_000)

  it('asks no host but the CMS for anything, and shows no broken image and no endless loading, on every list and edit screen', async () => {
    const { email, password: adminPassword } = demoAdmin(system)
    const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(system.cms) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) elsewhere.push(request.url())
    })
    await page.goto(`${system.cms}/admin/login`)
    expect(await page.locator('form').innerText()).toContain('Thư điện tử')
    expect(await page.locator('form').innerText()).not.toMatch(/\bEmail\b/)
    await page.fill('#field-email', email)
    await page.fill('#field-password', adminPassword)
    await Promise.all([page.waitForURL(/\/admin$/), page.click('button[type=submit]')])
    // The dashboard's to-do counts: each links to its list, and the same filter over the API gives the same count.
    const toDo = await page.locator('[data-to-do] li').evaluateAll((items) =>
      items.map((item) => ({
        count: Number(item.getAttribute('data-count')),
        href: item.querySelector('a')!.getAttribute('href')!,
        draft: item.hasAttribute('data-draft'),
      })),
    )
    expect(toDo.filter((item) => !item.draft)).toHaveLength(4)
    for (const { count, href, draft } of toDo) {
      const [listPath, query] = href.split('?')
      const api = await (
        await fetch(`${system.cms}${listPath!.replace('/admin/collections/', '/api/')}?${query}&limit=0&depth=0${draft ? '&draft=true' : ''}`, {
          headers: adminAuth,
        })
      ).json()
      expect(api.totalDocs, href).toBe(count)
    }
    // The demo has new comments to sort: the panel is not a row of zeros.
    expect(toDo[0]!.count).toBeGreaterThan(0)
    const collections = [
      ...['drafts', 'explainers', 'handbook-chapters', 'policy-documents', 'press-briefings', 'spokespersons', 'agencies', 'topics', 'document-types'],
      ...['comments', 'consultation-responses', 'files', 'media', 'users', 'audit-log', 'redirects', 'alert-subscriptions', 'alerts'],
    ]
    const screens = ['/admin', '/admin/do-phu-nguoi-phat-ngon']
    const readOnlyValues = new Map<string, number>()
    for (const collection of collections) {
      const { docs } = await (await fetch(`${system.cms}/api/${collection}?limit=1&depth=0&draft=true`, { headers: adminAuth })).json()
      screens.push(`/admin/collections/${collection}`, ...(docs[0] ? [`/admin/collections/${collection}/${docs[0].id}`] : []))
    }
    // A draft with an earlier version and a published response: the screens with values editors only read.
    const [responded] = (await (await fetch(`${system.cms}/api/consultation-responses?limit=1&depth=0`, { headers: adminAuth })).json()).docs
    screens.push(`/admin/collections/consultation-responses/${responded.id}`, `/admin/collections/drafts/${responded.draft}`)
    for (const path of screens) {
      await page.goto(`${system.cms}${path}`, { waitUntil: 'networkidle' })
      const broken = await page.evaluate(() => [...document.images].filter((image) => image.complete && image.naturalWidth === 0).map((image) => image.src))
      expect(broken, path).toEqual([])
      // Payload's JSON editor shimmers forever when it cannot load Monaco from its CDN. Fields also shimmer for a
      // moment after the network is quiet (seen here on a drafts screen: 6, then 0 half a second later): endless is
      // what fails, so the shimmer has ten seconds to go.
      await expect.poll(() => page.locator('.shimmer-effect, .code-editor').count(), { timeout: 10_000, message: path }).toBe(0)
      readOnlyValues.set(path, await page.locator('.json-value pre').count())
      // English and half-English words Payload leaves, in what is shown and what screen readers say
      // (cms/config/translations.ts, cms/components/VietnameseEverywhere.tsx, cms/fields/slug.ts).
      await expect.poll(() => wordsOnScreen(page), { message: path }).not.toMatch(englishLeft)
    }
    // The comment counts and the published quotes of a response, as text.
    expect(readOnlyValues.get(`/admin/collections/consultation-responses/${responded.id}`)).toBe(2)
    // The coverage view's report downloads as a Word file, and the admin stays where it was.
    await page.goto(`${system.cms}/admin/do-phu-nguoi-phat-ngon`, { waitUntil: 'networkidle' })
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-report-form] a', { hasText: 'Tải báo cáo' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    expect(page.url()).toBe(`${system.cms}/admin/do-phu-nguoi-phat-ngon`)
    // The rich-text editor's insert menu ("/") names its blocks in Vietnamese, tables included.
    await page.goto(`${system.cms}/admin/collections/explainers/create`, { waitUntil: 'networkidle' })
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type('/')
    const menu = page.locator('#slash-menu')
    await expect.poll(() => menu.innerText()).toContain('Bảng')
    expect(await menu.innerText()).toContain('Đường kẻ ngang')
    expect(await wordsOnScreen(page)).not.toMatch(englishLeft)
    // What an editor writes is never "translated", even a word the admin's own labels put into Vietnamese.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Table')
    await page.waitForTimeout(500)
    expect(await page.locator('[data-lexical-editor="true"]').first().innerText()).toMatch(/^Table$/m)
    expect(elsewhere).toEqual([])
    await page.context().close()

    // On a phone, no list or edit screen scrolls sideways.
    const phone = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage()
    await phone.goto(`${system.cms}/admin/login`)
    await phone.fill('#field-email', email)
    await phone.fill('#field-password', adminPassword)
    await Promise.all([phone.waitForURL(/\/admin$/), phone.click('button[type=submit]')])
    const sideways: string[] = []
    for (const path of screens) {
      await phone.goto(`${system.cms}${path}`, { waitUntil: 'networkidle' })
      const width = await phone.evaluate(() => document.documentElement.scrollWidth)
      if (width > 390) sideways.push(`${path}: ${width} px`)
    }
    expect(sideways).toEqual([])
    await phone.context().close()
  }, 300_000)
})
