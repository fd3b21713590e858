import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { type ParsedMail, simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { runAlertSchedule, forgetUnconfirmed } from '../../cms/alerts/alertTasks'
import { recordAlert, recordClosingAlerts } from '../../cms/alerts/recordAlerts'
import { sendAlert } from '../../cms/alerts/sendAlert'
import { isoWeek, sendWeeklyDigests } from '../../cms/alerts/weeklyDigest'
import { mailFolder } from '../../cms/config/email'
import type { AlertSubscription, Draft } from '../../cms/payload-types'
import { alertConsent } from '../../shared/alerts'
import { relationId } from '../../shared/relationId'
import { testPayload } from '../helpers/payload'

// Alerts through the Local API, on both databases: who gets which alert, once; batches that resume; refused
// messages tried again; the weekly digest; closing consultations; unconfirmed addresses forgotten. Messages are
// read back from the mail folder that development writes them to (a real SMTP server is in the server test).
let payload: Payload
let draft: Draft
let topic: string
let otherTopic: string
const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`
const address = (who: string) => `${who}-${stamp}@vi-du.invalid`
const day = 24 * 60 * 60 * 1000

// Parsed once per file: the folder holds every message of the run.
const parsed = new Map<string, Promise<ParsedMail>>()

async function mailTo(email: string): Promise<ParsedMail[]> {
  const files = await readdir(mailFolder()).catch(() => [] as string[])
  for (const file of files)
    if (!parsed.has(file))
      parsed.set(
        file,
        readFile(path.join(mailFolder(), file)).then((raw) => simpleParser(raw)),
      )
  const messages = await Promise.all([...parsed.values()])
  return messages.filter((message) => !Array.isArray(message.to) && message.to?.value.some((to) => to.address === email))
}

/** A header as written in the message, e.g. List-Unsubscribe (mailparser folds the List-* headers into one object). */
const rawHeader = (message: ParsedMail, name: string) => message.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '')

async function subscribe(who: string, data: Partial<AlertSubscription> = {}): Promise<AlertSubscription> {
  return payload.create({
    collection: 'alert-subscriptions',
    data: {
      email: address(who),
      kinds: ['newDraft'],
      frequency: 'immediate',
      confirmedAt: new Date().toISOString(),
      consentAt: new Date().toISOString(),
      consentText: alertConsent,
      ...data,
    },
  })
}

const alertFor = (key: string, topics: string[]) => ({
  key: `${key}-${stamp}`,
  kind: 'newDraft' as const,
  title: `Dự thảo thử thông báo ${key}`,
  summary: 'Tóm tắt dự thảo.',
  url: 'http://127.0.0.1:4321/du-thao/thu/',
  closesAt: new Date(Date.now() + 20 * day).toISOString(),
  agency: relationId(draft.draftingAgency),
  topics,
  documentType: relationId(draft.documentType),
})

/** A new draft like the demo's open one, with its own title and dates. */
const newDraft = (title: string, data: Partial<Draft>) =>
  payload.create({
    collection: 'drafts',
    data: {
      title,
      slug: '',
      documentType: relationId(draft.documentType)!,
      draftingAgency: relationId(draft.draftingAgency)!,
      summary: 'Tóm tắt dự thảo thử thông báo.',
      topics: [topic],
      ...data,
    } as never,
    draft: data._status !== 'published',
    locale: 'vi',
  })

const alertByKey = async (key: string) => (await payload.find({ collection: 'alerts', where: { key: { equals: `${key}-${stamp}` } }, depth: 0 })).docs[0]!

beforeAll(async () => {
  payload = await testPayload()
  draft = (await payload.find({ collection: 'drafts', where: { slug: { equals: 'quy-dinh-ho-tro-chuyen-doi-so-cap-xa' } }, depth: 0, locale: 'vi' })).docs[0]!
  const topics = (await payload.find({ collection: 'topics', depth: 0, limit: 2, sort: 'slug' })).docs
  topic = topics[0]!.id
  otherTopic = topics[1]!.id
})

describe('alerts', () => {
  it('sends each alert once to every confirmed immediate subscriber it matches, and to nobody else', async () => {
    await subscribe('moi-du-thao')
    await subscribe('dung-linh-vuc', { topic })
    await subscribe('khac-linh-vuc', { topic: otherTopic })
    await subscribe('chi-bai-giai-thich', { kinds: ['explainer'] })
    await subscribe('hang-tuan', { frequency: 'weekly' })
    await subscribe('chua-xac-nhan', { confirmedAt: null })
    await subscribe('khac-co-quan', {
      agency: (await payload.find({ collection: 'agencies', where: { id: { not_equals: relationId(draft.draftingAgency) } }, limit: 1 })).docs[0]!.id,
    })

    expect(await recordAlert(payload, alertFor('mot-lan', [topic]))).toBe(true)
    // The same event again (a second publish): nothing new is recorded.
    expect(await recordAlert(payload, alertFor('mot-lan', [topic]))).toBe(false)
    const alert = await alertByKey('mot-lan')
    const first = await sendAlert(payload, alert.id)
    expect(first.sent).toBeGreaterThanOrEqual(2)
    // Run again (a job picked up twice): nothing more goes out.
    expect((await sendAlert(payload, alert.id)).sent).toBe(0)

    for (const who of ['moi-du-thao', 'dung-linh-vuc']) {
      const messages = await mailTo(address(who))
      expect(messages, who).toHaveLength(1)
      expect(messages[0]!.subject).toBe('Dự thảo lấy ý kiến: Dự thảo thử thông báo mot-lan')
      expect(messages[0]!.text).toContain('Hạn góp ý: hết ngày')
      expect(rawHeader(messages[0]!, 'List-Unsubscribe')).toMatch(/^<http.*\/api\/alert-subscriptions\/unsubscribe\?id=.+&t=.+>$/)
      expect(rawHeader(messages[0]!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    }
    for (const who of ['khac-linh-vuc', 'chi-bai-giai-thich', 'hang-tuan', 'chua-xac-nhan', 'khac-co-quan']) expect(await mailTo(address(who)), who).toEqual([])
    const done = await alertByKey('mot-lan')
    expect(done.finishedAt).toBeTruthy()
    expect(done.sent).toBe(first.sent)
  })

  it('goes on after the last claimed batch when a run stopped half-way, without sending the first batch again', async () => {
    const many = await Promise.all(Array.from({ length: 120 }, (_, index) => subscribe(`lo-${String(index).padStart(3, '0')}`, { topic: otherTopic })))
    await recordAlert(payload, alertFor('tiep-tuc', [otherTopic]))
    const alert = await alertByKey('tiep-tuc')
    // A run that died after claiming and sending its first batch left this behind: the claim and cursor moved.
    const ordered = (
      await payload.find({
        collection: 'alert-subscriptions',
        where: { and: [{ confirmedAt: { exists: true } }, { frequency: { equals: 'immediate' } }] },
        sort: 'id',
        pagination: false,
        depth: 0,
      })
    ).docs
    const cursor = ordered.find((subscription) => many.some((made) => made.id === subscription.id))!.id
    await payload.update({ collection: 'alerts', id: alert.id, data: { claimed: 1, cursor } })
    await sendAlert(payload, alert.id)
    const received = await Promise.all(
      many.map(async (subscription) => (await mailTo(subscription.email)).filter((mail) => mail.subject?.includes('tiep-tuc')).length),
    )
    const skipped = many.findIndex((subscription) => subscription.id === cursor)
    expect(received[skipped]).toBe(0)
    expect(received.filter((count) => count === 1)).toHaveLength(many.length - 1)
    expect(received.every((count) => count <= 1)).toBe(true)
  })

  it('tries a message the mail server refused again later, and sends the others once', async () => {
    const refused = await subscribe('may-chu-tu-choi', { topic })
    const fine = await subscribe('may-chu-nhan', { topic })
    await recordAlert(payload, alertFor('thu-lai', [topic]))
    const alert = await alertByKey('thu-lai')
    // The mail server refuses one recipient for a while, as a full mailbox or a greylisting server does.
    const send = payload.sendEmail.bind(payload)
    let refusals = 0
    payload.sendEmail = (async (message: { to: string }) => {
      if (message.to === refused.email && refusals < 2) {
        refusals++
        throw new Error('451 4.2.0 Mailbox busy, try again later')
      }
      return send(message as never)
    }) as typeof payload.sendEmail
    try {
      await expect(sendAlert(payload, alert.id)).rejects.toThrow(/trying again later/)
      // Payload runs the task again after its back-off: this time the server takes it.
      await sendAlert(payload, alert.id)
    } finally {
      payload.sendEmail = send
    }
    expect(await mailTo(refused.email)).toHaveLength(1)
    expect(await mailTo(fine.email)).toHaveLength(1)
    expect((await alertByKey('thu-lai')).finishedAt).toBeTruthy()
  })

  it('sends weekly subscribers one digest of the week’s matching alerts, once a week', async () => {
    const weekly = await subscribe('tong-hop-tuan', { frequency: 'weekly', kinds: ['newDraft', 'closing'], topic })
    const idle = await subscribe('tuan-khong-co-gi', { frequency: 'weekly', kinds: ['briefing'], topic: otherTopic })
    await recordAlert(payload, alertFor('tuan-1', [topic]))
    await recordAlert(payload, alertFor('tuan-2', [topic, otherTopic]))
    await recordAlert(payload, alertFor('tuan-khac', [otherTopic]))
    const monday = new Date()
    await sendWeeklyDigests(payload, monday)
    const [digest, ...more] = await mailTo(weekly.email)
    expect(more).toEqual([])
    expect(digest!.subject).toMatch(/^Tổng hợp tuần: \d+ mục mới về chính sách$/)
    expect(digest!.text).toContain('Dự thảo thử thông báo tuan-1')
    expect(digest!.text).toContain('Dự thảo thử thông báo tuan-2')
    expect(digest!.text).not.toContain('tuan-khac')
    expect(rawHeader(digest!, 'List-Unsubscribe')).toContain('/api/alert-subscriptions/unsubscribe?')
    expect(await mailTo(idle.email)).toEqual([])
    // The hourly schedule runs again the same Monday: nothing more.
    await sendWeeklyDigests(payload, new Date(monday.getTime() + 60 * 60 * 1000))
    expect(await mailTo(weekly.email)).toHaveLength(1)
    expect((await payload.findByID({ collection: 'alert-subscriptions', id: weekly.id })).digestWeek).toBe(isoWeek(monday))
  })

  it('numbers weeks as ISO 8601 does, in Vietnam time', () => {
    expect(isoWeek(new Date('2026-12-03T05:00:00Z'))).toBe('2026-W49')
    // Sunday 20:00 UTC is already Monday in Vietnam.
    expect(isoWeek(new Date('2026-12-06T20:00:00Z'))).toBe('2026-W50')
    expect(isoWeek(new Date('2027-01-01T05:00:00Z'))).toBe('2026-W53')
    expect(isoWeek(new Date('2021-01-03T05:00:00Z'))).toBe('2020-W53')
  })

  it('alerts a published consultation closing within three days, once', async () => {
    await subscribe('sap-het-han', { kinds: ['closing'] })
    const now = new Date()
    const closing = await newDraft(`Dự thảo sắp hết hạn ${stamp}`, {
      opensAt: new Date(now.getTime() - 20 * day).toISOString(),
      closesAt: new Date(now.getTime() + 2 * day).toISOString(),
      _status: 'published',
    })
    expect(await recordClosingAlerts(payload, now)).toBeGreaterThanOrEqual(1)
    expect(await recordClosingAlerts(payload, now)).toBe(0)
    const alert = (await payload.find({ collection: 'alerts', where: { key: { equals: `closing:drafts:${closing.id}` } }, depth: 0 })).docs[0]!
    await sendAlert(payload, alert.id)
    const [message] = await mailTo(address('sap-het-han'))
    expect(message!.subject).toBe(`Sắp hết hạn góp ý: ${closing.title}`)
    expect(message!.text).toContain(`/du-thao/${closing.slug}/#gop-y`)
  })

  it('records an alert when a draft is published, not when it is only saved', async () => {
    const saved = await newDraft(`Dự thảo móc thông báo ${stamp}`, {
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 30 * day).toISOString(),
      _status: 'draft',
    })
    const keyOf = (id: string) => `newDraft:drafts:${id}`
    const count = async (id: string) => (await payload.count({ collection: 'alerts', where: { key: { equals: keyOf(id) } } })).totalDocs
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await count(saved.id)).toBe(0)
    await payload.update({ collection: 'drafts', id: saved.id, data: { _status: 'published' }, locale: 'vi' })
    await expect.poll(() => count(saved.id), { timeout: 10_000 }).toBe(1)
    await payload.update({ collection: 'drafts', id: saved.id, data: { summary: 'Tóm tắt sửa lại.', _status: 'published' }, locale: 'vi' })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await count(saved.id)).toBe(1)
    // The hourly schedule runs what is due; nothing it does sends the draft's alert twice.
    await runAlertSchedule(payload)
  })

  it('forgets addresses nobody confirmed within seven days, and keeps confirmed ones', async () => {
    const unconfirmed = await subscribe('quen-xac-nhan', { confirmedAt: null })
    const confirmed = await subscribe('da-xac-nhan')
    expect(await forgetUnconfirmed(payload, new Date(Date.now() + 6 * day))).toBe(0)
    expect(await forgetUnconfirmed(payload, new Date(Date.now() + 8 * day))).toBeGreaterThanOrEqual(1)
    expect(await payload.findByID({ collection: 'alert-subscriptions', id: unconfirmed.id, disableErrors: true })).toBeNull()
    expect(await payload.findByID({ collection: 'alert-subscriptions', id: confirmed.id })).toMatchObject({ email: confirmed.email })
  })
})
