import { parse } from 'node-html-parser'
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'
import { richText } from '../helpers/richText'

// E-mail alerts end to end on the real `npm start`, with a real SMTP server: the form of the built site, the
// confirmation link, an alert for a matching draft when it is published (once), and the one-click unsubscribe of
// RFC 8058 that a mail program sends; and every way in that must stay shut.
let system: RunningSystem
let mailbox: Mailbox
let admin: Record<string, string>
const stamp = Date.now()
const address = (who: string) => `${who}-${stamp}@vi-du.invalid`
const day = 24 * 60 * 60 * 1000

const mailTo = (email: string) => mailbox.messages.filter((mail) => !Array.isArray(mail.to) && mail.to?.value.some((to) => to.address === email))
const rawHeader = (message: ParsedMail, name: string) => message.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '')
const linkIn = (message: ParsedMail, purpose: string) => new RegExp(`(http\\S+/api/alert-subscriptions/${purpose}\\?id=[^\\s"]+)`).exec(message.text ?? '')![1]!

/** The site's form as a browser without JavaScript sends it: its own action and field names, read from the built page. */
async function sendForm(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = parse(await (await fetch(`${system.site}theo-doi/`)).text()).querySelector('form[data-ttcs-alert-form]')!
  const names = new Set(form.querySelectorAll('[name]').map((field) => field.getAttribute('name')))
  for (const name of Object.keys(fields)) expect(names, name).toContain(name)
  return fetch(form.getAttribute('action')!, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(system.site).origin, ...headers },
    body: new URLSearchParams(fields).toString(),
  })
}

async function subscribeAndConfirm(who: string, fields: Record<string, string>) {
  const sent = await sendForm({ email: address(who), consent: 'on', frequency: 'immediate', ...fields })
  expect(sent.status, await sent.clone().text()).toBe(303)
  expect(sent.headers.get('location')).toBe(`${system.site}theo-doi/da-gui/`)
  await expect.poll(() => mailTo(address(who)).length, { timeout: 20_000 }).toBe(1)
  const [confirmation] = mailTo(address(who))
  expect(confirmation!.subject).toBe('Xác nhận đăng ký nhận thông báo')
  const confirmed = await fetch(linkIn(confirmation!, 'confirm'), { redirect: 'manual' })
  expect(confirmed.status).toBe(303)
  expect(confirmed.headers.get('location')).toBe(`${system.site}theo-doi/da-xac-nhan/`)
}

async function publishDraft(title: string, topic: string, status: 'published' | 'draft' = 'published') {
  const { docs } = await (
    await fetch(`${system.cms}/api/drafts?limit=1&depth=0&where[slug][equals]=quy-dinh-ho-tro-chuyen-doi-so-cap-xa`, { headers: admin })
  ).json()
  const model = docs[0]
  const created = await fetch(`${system.cms}/api/drafts${status === 'draft' ? '?draft=true' : ''}`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({
      title,
      documentType: model.documentType,
      draftingAgency: model.draftingAgency,
      summary: 'Dự thảo thử thông báo qua thư điện tử.',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 30 * day).toISOString(),
      topics: [topic],
      _status: status,
    }),
  })
  expect(created.status, await created.clone().text()).toBe(201)
  return (await created.json()).doc as { id: string; slug: string }
}

beforeAll(async () => {
  mailbox = await startMailbox()
  system = await npmStart({ SMTP_URL: mailbox.url })
  const { token } = await (await signInAsDemoAdmin(system)).json()
  admin = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
}, 300_000)

afterAll(async () => {
  await system?.stop()
  await mailbox?.close()
})

describe('e-mail alerts', () => {
  it('subscribes from the site’s form, confirms from the link, sends one alert for a matching published draft and unsubscribes in one click', async () => {
    const topics = (await (await fetch(`${system.cms}/api/topics?limit=2&depth=0&sort=slug`)).json()).docs as { id: string }[]
    const [topic, otherTopic] = topics as [{ id: string }, { id: string }]
    await subscribeAndConfirm('theo-linh-vuc', { 'kind-newDraft': 'on', topic: topic.id })
    await subscribeAndConfirm('linh-vuc-khac', { 'kind-newDraft': 'on', topic: otherTopic.id })
    const unconfirmed = await sendForm({ email: address('khong-xac-nhan'), consent: 'on', 'kind-newDraft': 'on' })
    expect(unconfirmed.status).toBe(303)
    await expect.poll(() => mailTo(address('khong-xac-nhan')).length, { timeout: 20_000 }).toBe(1)

    // Only saved, not published: nobody hears of it.
    await publishDraft(`Dự thảo chưa công bố ${stamp}`, topic.id, 'draft')
    const title = `Dự thảo thử thông báo ${stamp}`
    const draft = await publishDraft(title, topic.id)
    await expect.poll(() => mailTo(address('theo-linh-vuc')).length, { timeout: 30_000 }).toBe(2)
    const alert = mailTo(address('theo-linh-vuc'))[1]!
    expect(alert.subject).toBe(`Dự thảo lấy ý kiến: ${title}`)
    expect(alert.text).toContain(`${system.site}du-thao/${draft.slug}/`)
    expect(alert.text).not.toContain('chưa công bố')
    const unsubscribe = /^<(.+)>$/.exec(rawHeader(alert, 'List-Unsubscribe')!)![1]!
    expect(rawHeader(alert, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(alert.text).toContain(unsubscribe)

    // Published again: no second alert (the wait proves an absence, so it is a plain wait).
    expect(
      (
        await fetch(`${system.cms}/api/drafts/${draft.id}`, {
          method: 'PATCH',
          headers: admin,
          body: JSON.stringify({ summary: 'Sửa tóm tắt.', _status: 'published' }),
        })
      ).status,
    ).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 4000))
    expect(mailTo(address('theo-linh-vuc'))).toHaveLength(2)
    expect(mailTo(address('linh-vuc-khac'))).toHaveLength(1)
    expect(mailTo(address('khong-xac-nhan'))).toHaveLength(1)

    // Opening the link shows a button and changes nothing (mail scanners open links); the mail program's POST unsubscribes.
    const shown = await fetch(unsubscribe)
    expect(shown.status).toBe(200)
    expect(await shown.text()).toContain('Hủy đăng ký')
    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(200)
    const left = await (
      await fetch(`${system.cms}/api/alert-subscriptions?where[email][equals]=${encodeURIComponent(address('theo-linh-vuc'))}`, { headers: admin })
    ).json()
    expect(left.totalDocs).toBe(0)
    await publishDraft(`Dự thảo sau khi hủy ${stamp}`, topic.id)
    await new Promise((resolve) => setTimeout(resolve, 4000))
    expect(mailTo(address('theo-linh-vuc'))).toHaveLength(2)
  })

  it('lists every subscription of the address from the link in a message, and erases them all on request', async () => {
    await subscribeAndConfirm('quan-ly', { 'kind-explainer': 'on' })
    const sent = await sendForm({ email: address('quan-ly'), consent: 'on', 'kind-briefing': 'on', frequency: 'weekly' })
    expect(sent.status).toBe(303)
    await expect.poll(() => mailTo(address('quan-ly')).length, { timeout: 20_000 }).toBe(2)
    expect((await fetch(linkIn(mailTo(address('quan-ly'))[1]!, 'confirm'), { redirect: 'manual' })).status).toBe(303)
    const agency = (await (await fetch(`${system.cms}/api/agencies?limit=1&depth=0`)).json()).docs[0].id
    const title = `Bài giải thích thử thông báo ${stamp}`
    const explainer = await fetch(`${system.cms}/api/explainers`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        title,
        lead: 'Thử thông báo bài giải thích.',
        body: richText('Nội dung.'),
        lifecycleStage: 'implementation',
        agency,
        _status: 'published',
      }),
    })
    expect(explainer.status, await explainer.clone().text()).toBe(201)
    await expect.poll(() => mailTo(address('quan-ly')).length, { timeout: 30_000 }).toBe(3)
    const alert = mailTo(address('quan-ly'))[2]!
    expect(alert.subject).toBe(`Bài giải thích mới: ${title}`)
    const manage = await fetch(linkIn(alert, 'manage'))
    expect(manage.status).toBe(200)
    const page = parse(await manage.text())
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('vi')
    expect(page.querySelectorAll('main li').map((item) => item.text)).toEqual([
      expect.stringContaining('Bài giải thích chính sách mới'),
      expect.stringContaining('Họp báo, giao ban báo chí'),
    ])
    const erase = page.querySelectorAll('form').find((form) => form.getAttribute('action')!.includes('/erase?'))!
    const erased = await fetch(erase.getAttribute('action')!, { method: 'POST' })
    expect(erased.status).toBe(200)
    expect(await erased.text()).toContain('Đã xóa địa chỉ của bạn')
    const left = await (
      await fetch(`${system.cms}/api/alert-subscriptions?where[email][equals]=${encodeURIComponent(address('quan-ly'))}`, { headers: admin })
    ).json()
    expect(left.totalDocs).toBe(0)
  })

  it('refuses every way in that is not the subscriber’s own link', async () => {
    await subscribeAndConfirm('tan-cong', { 'kind-newDraft': 'on' })
    const [confirmation] = mailTo(address('tan-cong'))
    const confirm = new URL(linkIn(confirmation!, 'confirm'))
    // The confirmation token does not unsubscribe, manage or erase; a changed token does nothing.
    for (const purpose of ['unsubscribe', 'manage', 'erase']) {
      const forged = new URL(confirm)
      forged.pathname = forged.pathname.replace('/confirm', `/${purpose}`)
      const response = await fetch(forged, { method: purpose === 'manage' ? 'GET' : 'POST' })
      expect(response.status, purpose).toBe(403)
    }
    const tampered = new URL(confirm)
    // One character changed (never to itself: a token ending in "A" once passed for tampered).
    const token = tampered.searchParams.get('t')!
    tampered.searchParams.set('t', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)
    expect((await fetch(tampered, { redirect: 'manual' })).status).toBe(403)
    const still = await (
      await fetch(`${system.cms}/api/alert-subscriptions?where[email][equals]=${encodeURIComponent(address('tan-cong'))}`, { headers: admin })
    ).json()
    expect(still.totalDocs).toBe(1)
    // Nobody reads, adds or changes subscriptions through the API without being an admin.
    const anonymous = await fetch(`${system.cms}/api/alert-subscriptions`)
    expect(anonymous.status).toBe(403)
    const created = await fetch(`${system.cms}/api/alert-subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://ke-gian.invalid' },
      body: JSON.stringify({ email: address('khac-trang'), kinds: ['newDraft'], consent: true }),
    })
    expect(created.status).toBe(403)
    // Without consent or with a bad address: a clear Vietnamese answer, nothing stored, nothing sent.
    const noConsent = await sendForm({ email: address('khong-dong-y'), 'kind-newDraft': 'on' })
    expect(noConsent.status).toBe(400)
    expect(await noConsent.text()).toContain('Hãy đánh dấu ô đồng ý')
    const badAddress = await sendForm({ email: 'khong-phai-dia-chi', consent: 'on', 'kind-newDraft': 'on' })
    expect(badAddress.status).toBe(400)
    // A bot fills the hidden field: thanked, nothing sent.
    const bot = await sendForm({ email: address('rob-ot'), consent: 'on', 'kind-newDraft': 'on', website: 'http://spam.invalid' })
    expect(bot.status).toBe(303)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(mailTo(address('khong-dong-y'))).toEqual([])
    expect(mailTo(address('rob-ot'))).toEqual([])
    // Asking again and again for a stranger's address sends at most three confirmations a day.
    for (let attempt = 0; attempt < 5; attempt++)
      await sendForm({ email: address('nan-nhan'), consent: 'on', [`kind-${['newDraft', 'closing', 'response', 'explainer', 'briefing'][attempt]}`]: 'on' })
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(mailTo(address('nan-nhan'))).toHaveLength(3)
  })
})
