import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { richText } from '../helpers/richText'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'

// E-mail through a real SMTP server started by the test: password reset end to end in Chromium, and reviewers told
// of what waits for them.
let system: RunningSystem
let mailbox: Mailbox
let browser: Browser
let closeBrowser: () => Promise<void>
let admin: Record<string, string>
const stamp = Date.now()
const password = 'mat-khau-thu-thu-1'

const mailTo = (address: string) => mailbox.messages.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((to) => to.address === address))
const createUser = async (email: string, roles: string[], agency?: string) =>
  expect(
    (
      await fetch(`${system.cms}/api/users`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ email, password, name: 'Cán bộ thử thư', roles, agency }),
      })
    ).status,
  ).toBe(201)

beforeAll(async () => {
  mailbox = await startMailbox()
  system = await npmStart({ SMTP_URL: mailbox.url, MAIL_FROM: 'Truyền thông chính sách <khong-tra-loi@vi-du.invalid>' })
  ;({ browser, close: closeBrowser } = await launchChromium())
  const { token } = await (await signInAsDemoAdmin(system)).json()
  admin = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
}, 300_000)

afterAll(async () => {
  await closeBrowser?.()
  await system?.stop()
  await mailbox?.close()
})

describe('e-mail', () => {
  it('resets a forgotten password from the admin’s sign-in page, through the link in a Vietnamese message', async () => {
    const email = `quen-mat-khau-${stamp}@vi-du.invalid`
    await createUser(email, ['editor'])
    const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
    await page.goto(`${system.cms}/admin/forgot`, { waitUntil: 'networkidle' })
    await page.fill('#field-email', email)
    await page.click('button[type=submit]')
    await expect.poll(() => mailTo(email).length, { timeout: 20_000 }).toBe(1)
    const [message] = mailTo(email)
    expect(message!.subject).toBe('Đặt lại mật khẩu · Truyền thông chính sách')
    expect(message!.text).toContain('Để đặt mật khẩu mới')
    const link = /href="([^"]+\/admin\/reset\/[^"]+)"/.exec(String(message!.html))![1]!
    expect(message!.text).toContain(link)
    // The form is React's: typed into only once it is hydrated (before, the admin drops what was typed).
    await page.goto(link, { waitUntil: 'networkidle' })
    const renewed = 'mat-khau-moi-sau-khi-quen-2'
    await page.fill('#field-password', renewed)
    await page.fill('#field-confirm-password', renewed)
    // Payload signs the editor in and leaves the reset page.
    await Promise.all([page.waitForURL((url) => !url.pathname.includes('/reset/')), page.click('button[type=submit]')])
    const login = await fetch(`${system.cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: renewed }),
    })
    expect(login.status).toBe(200)
  })

  it('tells the reviewers in scope, once, when an agency editor submits content, from the agency that sent it', async () => {
    const agencies = (await (await fetch(`${system.cms}/api/agencies?limit=2&depth=0`)).json()).docs as { id: string; name: string }[]
    const [own, other] = agencies as [{ id: string; name: string }, { id: string; name: string }]
    const accounts = {
      author: `tac-gia-${stamp}@vi-du.invalid`,
      ownReviewer: `duyet-co-quan-${stamp}@vi-du.invalid`,
      provinceReviewer: `duyet-tinh-${stamp}@vi-du.invalid`,
      otherReviewer: `duyet-khac-${stamp}@vi-du.invalid`,
    }
    await createUser(accounts.author, ['agency-editor'], own.id)
    await createUser(accounts.ownReviewer, ['reviewer'], own.id)
    await createUser(accounts.provinceReviewer, ['reviewer'])
    await createUser(accounts.otherReviewer, ['reviewer'], other.id)
    const { token } = await (
      await fetch(`${system.cms}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: accounts.author, password }),
      })
    ).json()
    const author = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const title = `Bài chờ duyệt gửi thư ${stamp % 10_000}`
    const created = await fetch(`${system.cms}/api/explainers?draft=true`, {
      method: 'POST',
      headers: author,
      body: JSON.stringify({ title, lead: 'Thử gửi duyệt.', body: richText('Thử gửi duyệt.'), lifecycleStage: 'implementation', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const id = (await created.json()).doc.id
    for (const change of [{ reviewState: 'submitted' }, { lead: 'Thử gửi duyệt, sửa một chữ.', reviewState: 'submitted' }]) {
      expect(
        (
          await fetch(`${system.cms}/api/explainers/${id}?draft=true`, {
            method: 'PATCH',
            headers: author,
            body: JSON.stringify({ ...change, _status: 'draft' }),
          })
        ).status,
      ).toBe(200)
    }
    await expect.poll(() => mailTo(accounts.ownReviewer).length + mailTo(accounts.provinceReviewer).length, { timeout: 20_000 }).toBe(2)
    const [message] = mailTo(accounts.ownReviewer)
    expect(message!.subject).toBe(`Chờ duyệt: ${title}`)
    expect(message!.from!.value[0]!.name).toBe(`${own.name} · Truyền thông chính sách`)
    expect(message!.text).toContain(`${system.cms}/admin/collections/explainers/${id}`)
    expect(message!.html).toContain('Xem và duyệt')
    expect(mailTo(accounts.otherReviewer)).toEqual([])
    expect(mailTo(accounts.author)).toEqual([])
  })

  it('writes once to the commenters who gave an e-mail address and asked to be told, when the response is published', async () => {
    const slug = 'quy-dinh-ho-tro-chuyen-doi-so-cap-xa'
    const draft = (await (await fetch(`${system.cms}/api/drafts?where[slug][equals]=${slug}&depth=0`)).json()).docs[0]
    const people = {
      asked: { contact: `muon-biet-${stamp}@vi-du.invalid`, mayContact: true },
      silent: { contact: `khong-hoi-${stamp}@vi-du.invalid`, mayContact: false },
      byPhone: { contact: '0912 345 678', mayContact: true },
    }
    for (const [who, person] of Object.entries(people)) {
      const sent = await fetch(`${system.cms}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          draft: draft.id,
          article: 'general',
          text: `Góp ý của người ${who} ${stamp}.`,
          name: `Người ${who}`,
          locality: 'xã Điện Bàn',
          consent: true,
          ...person,
        }),
      })
      expect(sent.status, who).toBe(201)
    }
    const find = async (who: string) =>
      (
        await (
          await fetch(`${system.cms}/api/comments?where[text][equals]=${encodeURIComponent(`Góp ý của người ${who} ${stamp}.`)}&depth=0`, { headers: admin })
        ).json()
      ).docs[0]
    const asked = await find('asked')
    expect(asked).toMatchObject({ mayContact: true })
    expect(await find('byPhone')).toMatchObject({ mayContact: false })
    // The consultation ends; the drafting body answers the comment it received.
    const day = 24 * 60 * 60 * 1000
    const closed = await fetch(`${system.cms}/api/drafts/${draft.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({
        opensAt: new Date(Date.now() - 60 * day).toISOString(),
        closesAt: new Date(Date.now() - day).toISOString(),
        _status: 'published',
      }),
    })
    expect(closed.status).toBe(200)
    for (const who of Object.keys(people)) {
      const comment = await find(who)
      expect(
        (await fetch(`${system.cms}/api/comments/${comment.id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ state: 'valid' }) })).status,
      ).toBe(200)
    }
    const response = await fetch(`${system.cms}/api/consultation-responses`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        draft: draft.id,
        intro: 'Tổng hợp ý kiến.',
        items: [{ outcome: 'accepted', explanation: 'Tiếp thu ý kiến về thôn xa.', comments: [asked.id] }],
        _status: 'published',
      }),
    })
    expect(response.status, await response.clone().text()).toBe(201)
    await expect.poll(() => mailTo(people.asked.contact).length, { timeout: 20_000 }).toBe(1)
    const [message] = mailTo(people.asked.contact)
    expect(message!.subject).toBe(`Kết quả tiếp thu, giải trình: ${draft.title}`)
    expect(message!.text).toContain(`${system.site}du-thao/${slug}/#giai-trinh-1`)
    expect(message!.from!.value[0]!.name).toContain('Truyền thông chính sách')
    // Saved again: nothing more is sent (the wait proves an absence, so it is a plain wait).
    const { doc } = await response.json()
    expect(
      (
        await fetch(`${system.cms}/api/consultation-responses/${doc.id}`, {
          method: 'PATCH',
          headers: admin,
          body: JSON.stringify({ intro: 'Tổng hợp ý kiến (bổ sung).', _status: 'published' }),
        })
      ).status,
    ).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(mailTo(people.asked.contact)).toHaveLength(1)
    expect(mailTo(people.silent.contact)).toEqual([])
    expect((await find('asked')).notifiedAt).toBeTruthy()
  })
})
