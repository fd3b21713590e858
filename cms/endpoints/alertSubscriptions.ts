import { escape } from 'html-escaper'
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import type { Endpoint, PayloadRequest } from 'payload'
import {
  alertConsent,
  alertFrequencies,
  alertKindKeys,
  alertKinds,
  alertPaths,
  type AlertFrequency,
  type AlertKind,
  maxAlertEmailLength,
} from '../../shared/alerts'
import { relationId } from '../../shared/relationId'
import { siteRoot } from '../../shared/siteAddress'
import { alertLink, isValidToken, type LinkPurpose } from '../alerts/alertLinks'
import { confirmationMessage } from '../alerts/alertMessage'
import { clientAddress } from '../comments/clientAddress'
import { secondsToWait } from '../comments/commentRateLimits'
import { readCommentBody, RequestRefused } from '../comments/readCommentBody'
import type { AlertSubscription } from '../payload-types'
import { rateLimiter } from '../sharedState/rateLimiter'
import { citizenPage } from './citizenPage'
import { corsHeaders, siteOrigin, sitePreflightEndpoint } from './siteForms'

// One address gets at most this many confirmation messages a day, whoever asks: the form cannot be used to flood a stranger's inbox.
const confirmationsPerDay = 3
const resendAfterMs = 10 * 60_000
let confirmations: RateLimiterAbstract | undefined
const day = 24 * 60 * 60 * 1000
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/

type Choice = { email: string; kinds: AlertKind[]; frequency: AlertFrequency; topic?: string; agency?: string; documentType?: string }

const page = (status: number, title: string, body: string) =>
  new Response(citizenPage(escape(title), body), { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })

const backToSite = `<p><a href="${escape(new URL(alertPaths.form, siteRoot).href)}">Trở lại trang đăng ký nhận thông báo</a></p>`

/** The reference a subscriber filtered on, when it is one the public site shows (a published or plain record). */
async function publicReference(req: PayloadRequest, collection: 'topics' | 'agencies' | 'document-types', id: unknown, label: string) {
  if (id === undefined || id === null || id === '') return undefined
  if (typeof id !== 'string' || id.length > 64) throw new RequestRefused(400, `${label} không hợp lệ.`)
  const found = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, disableErrors: true }).catch(() => null)
  if (!found) throw new RequestRefused(400, `${label} đã chọn không có trên trang.`)
  return String(found.id)
}

/** The subscriber's choices from the form (checkboxes named kind-…) or JSON (kinds: […]), checked one by one. */
async function readChoice(req: PayloadRequest, fields: Record<string, unknown>): Promise<Choice> {
  const email = typeof fields.email === 'string' ? fields.email.trim().normalize('NFC').toLowerCase() : ''
  if (!email || email.length > maxAlertEmailLength || !emailPattern.test(email))
    throw new RequestRefused(400, 'Hãy nhập một địa chỉ thư điện tử hợp lệ, ví dụ ten@vi-du.vn.')
  const given = Array.isArray(fields.kinds) ? fields.kinds : alertKindKeys.filter((kind) => fields[`kind-${kind}`] === 'on' || fields[`kind-${kind}`] === true)
  const kinds = alertKindKeys.filter((kind) => given.includes(kind))
  if (!kinds.length || kinds.length !== new Set(given).size) throw new RequestRefused(400, 'Hãy chọn ít nhất một loại thông báo trong danh sách.')
  const frequency = (fields.frequency ?? 'immediate') as AlertFrequency
  if (!(frequency in alertFrequencies)) throw new RequestRefused(400, 'Cách gửi thông báo không hợp lệ.')
  if (fields.consent !== 'on' && fields.consent !== true) throw new RequestRefused(400, 'Hãy đánh dấu ô đồng ý xử lý địa chỉ thư điện tử để đăng ký.')
  return {
    email,
    kinds,
    frequency,
    topic: await publicReference(req, 'topics', fields.topic, 'Lĩnh vực'),
    agency: await publicReference(req, 'agencies', fields.agency, 'Cơ quan'),
    documentType: await publicReference(req, 'document-types', fields.documentType, 'Loại văn bản'),
  }
}

const sameChoice = (subscription: AlertSubscription, choice: Choice) =>
  [...(subscription.kinds ?? [])].sort().join() === [...choice.kinds].sort().join() &&
  subscription.frequency === choice.frequency &&
  relationId(subscription.topic) === choice.topic &&
  relationId(subscription.agency) === choice.agency &&
  relationId(subscription.documentType) === choice.documentType

/**
 * Records a subscription and sends its confirmation; answers the same whether the address was new, waiting for its
 * confirmation or already subscribed, so the form tells nobody who follows what.
 */
async function subscribe(req: PayloadRequest): Promise<{ status: number; message: string; retryAfter?: number }> {
  const origin = req.headers.get('origin')
  if (origin && origin !== siteOrigin) return { status: 403, message: `Chỉ nhận đăng ký gửi từ trang ${siteRoot}.` }
  const fields = await readCommentBody(req as unknown as Request)
  const wait = await secondsToWait('client', clientAddress(req.headers))
  if (wait) return { status: 429, retryAfter: wait, message: `Bạn đã gửi nhiều yêu cầu trong thời gian ngắn; hãy thử lại sau ${wait} giây.` }
  const done = { status: 201, message: 'Đã nhận đăng ký. Hãy mở thư xác nhận vừa gửi tới địa chỉ của bạn để bắt đầu nhận thông báo.' }
  // Bots fill the field people cannot see; they are thanked and nothing is kept or sent.
  if (typeof fields.website === 'string' && fields.website.trim()) return done
  const choice = await readChoice(req, fields)
  const { payload } = req
  const { docs: ofAddress } = await payload.find({
    collection: 'alert-subscriptions',
    where: { email: { equals: choice.email } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const existing = ofAddress.find((subscription) => sameChoice(subscription, choice))
  if (existing?.confirmedAt) return done
  if (existing && existing.confirmationSentAt && Date.now() - Date.parse(existing.confirmationSentAt) < resendAfterMs) return done
  // Counted per address, whatever was chosen and however often the same choice is sent again.
  confirmations ??= rateLimiter({ keyPrefix: 'alert-confirmation', points: confirmationsPerDay, duration: day / 1000 })
  const allowed = await confirmations.consume(choice.email).then(
    () => true,
    (result: unknown) => {
      if (result instanceof RateLimiterRes) return false
      throw result
    },
  )
  if (!allowed) return { status: 429, message: 'Địa chỉ này đã nhận đủ thư xác nhận trong hôm nay; hãy mở thư đã nhận, hoặc thử lại vào ngày mai.' }
  const now = new Date().toISOString()
  const subscription = existing
    ? await payload.update({ collection: 'alert-subscriptions', id: existing.id, data: { confirmationSentAt: now }, overrideAccess: true, depth: 0 })
    : await payload.create({
        collection: 'alert-subscriptions',
        data: { ...choice, consentAt: now, consentText: alertConsent, confirmationSentAt: now },
        overrideAccess: true,
        depth: 0,
      })
  await payload.sendEmail(confirmationMessage(payload.secret, subscription))
  return done
}

function subscribeAnswer(req: PayloadRequest, result: { status: number; message: string; retryAfter?: number }): Response {
  const headers: Record<string, string> = { ...corsHeaders, 'cache-control': 'no-store' }
  if (result.retryAfter) headers['retry-after'] = String(result.retryAfter)
  if (/json/.test(req.headers.get('accept') ?? '') || /json/.test(req.headers.get('content-type') ?? ''))
    return Response.json({ message: result.message }, { status: result.status, headers })
  if (result.status === 201) return new Response(null, { status: 303, headers: { ...headers, location: new URL(alertPaths.sent, siteRoot).href } })
  const response = page(
    result.status,
    'Chưa đăng ký được',
    `<p>${escape(result.message)}</p><p>Dùng nút <strong>Quay lại</strong> của trình duyệt để sửa nội dung đã nhập.</p>${backToSite}`,
  )
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

/** The subscription a link names, when its token was made for it and this purpose. */
async function linkedSubscription(req: PayloadRequest, purpose: LinkPurpose): Promise<AlertSubscription | 'gone' | 'refused'> {
  const id = req.searchParams.get('id')
  if (!id || id.length > 64) return 'refused'
  const subscription = await req.payload
    .findByID({ collection: 'alert-subscriptions', id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!subscription) return 'gone'
  return isValidToken(req.payload.secret, purpose, subscription, req.searchParams.get('t')) ? subscription : 'refused'
}

const refusedLink = () =>
  page(403, 'Liên kết không hợp lệ', `<p>Liên kết này không đúng hoặc đã bị cắt bớt. Hãy mở lại liên kết trong thư bạn nhận được.</p>${backToSite}`)
const goneLink = () =>
  page(
    200,
    'Không còn đăng ký này',
    `<p>Đăng ký này không còn trong hệ thống (có thể đã được hủy trước đó). Không có thông báo nào được gửi theo đăng ký này nữa.</p>${backToSite}`,
  )

/** "Dự thảo mới …; Họp báo — lĩnh vực Đất đai — gửi ngay": what one subscription follows, in words. */
async function describe(req: PayloadRequest, subscription: AlertSubscription): Promise<string> {
  const name = async (collection: 'topics' | 'agencies' | 'document-types', value: unknown, prefix: string) => {
    const id = relationId(value)
    if (!id) return undefined
    const found = (await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })) as { name?: string } | null
    return found?.name ? `${prefix} ${found.name}` : undefined
  }
  const filters = [
    await name('topics', subscription.topic, 'lĩnh vực'),
    await name('agencies', subscription.agency, 'của'),
    await name('document-types', subscription.documentType, 'loại văn bản'),
  ].filter(Boolean)
  return `${(subscription.kinds as AlertKind[]).map((kind) => alertKinds[kind]).join('; ')}${filters.length ? ` (${filters.join(', ')})` : ''} — ${alertFrequencies[subscription.frequency as AlertFrequency].toLowerCase()}`
}

const button = (action: string, label: string) => `<form method="post" action="${escape(action)}"><button type="submit">${escape(label)}</button></form>`

export const alertSubscriptionEndpoints: Endpoint[] = [
  {
    // The site's form (with or without JavaScript) or JSON.
    path: '/',
    method: 'post',
    handler: async (req) => {
      try {
        return subscribeAnswer(req, await subscribe(req))
      } catch (error) {
        if (error instanceof RequestRefused) return subscribeAnswer(req, { status: error.status, message: error.message })
        req.payload.logger.error({ err: error }, 'An alert subscription could not be stored.')
        return subscribeAnswer(req, { status: 500, message: 'Hệ thống tạm thời không nhận được đăng ký; hãy thử lại sau ít phút.' })
      }
    },
  },
  sitePreflightEndpoint,
  {
    // The link of the confirmation message: the double opt-in's second step.
    path: '/confirm',
    method: 'get',
    handler: async (req) => {
      const subscription = await linkedSubscription(req, 'confirm')
      if (subscription === 'refused') return refusedLink()
      if (subscription === 'gone') return goneLink()
      if (!subscription.confirmedAt)
        await req.payload.update({
          collection: 'alert-subscriptions',
          id: subscription.id,
          data: { confirmedAt: new Date().toISOString() },
          overrideAccess: true,
          depth: 0,
        })
      return new Response(null, { status: 303, headers: { location: new URL(alertPaths.confirmed, siteRoot).href, 'cache-control': 'no-store' } })
    },
  },
  {
    // A person who opened the link: a button, since mail scanners open links too and must not unsubscribe anyone.
    path: '/unsubscribe',
    method: 'get',
    handler: async (req) => {
      const subscription = await linkedSubscription(req, 'unsubscribe')
      if (subscription === 'refused') return refusedLink()
      if (subscription === 'gone') return goneLink()
      return page(
        200,
        'Hủy đăng ký nhận thông báo',
        `<p>Địa chỉ ${escape(subscription.email)} sẽ không nhận thông báo này nữa:</p><p>${escape(await describe(req, subscription))}</p>${button(alertLink(req.payload.secret, 'unsubscribe', subscription), 'Hủy đăng ký')}<p><a href="${escape(alertLink(req.payload.secret, 'manage', subscription))}">Xem mọi đăng ký của địa chỉ này</a></p>`,
      )
    },
  },
  {
    // RFC 8058's one-click (a mail program posts List-Unsubscribe=One-Click) and the button above: deletes it.
    path: '/unsubscribe',
    method: 'post',
    handler: async (req) => {
      const subscription = await linkedSubscription(req, 'unsubscribe')
      if (subscription === 'refused') return refusedLink()
      if (subscription !== 'gone') await req.payload.delete({ collection: 'alert-subscriptions', id: subscription.id, overrideAccess: true, depth: 0 })
      return page(200, 'Đã hủy đăng ký', `<p>Bạn sẽ không nhận thông báo này nữa. Đăng ký đã được xóa khỏi hệ thống.</p>${backToSite}`)
    },
  },
  {
    path: '/manage',
    method: 'get',
    handler: async (req) => {
      const subscription = await linkedSubscription(req, 'manage')
      if (subscription === 'refused') return refusedLink()
      if (subscription === 'gone') return goneLink()
      const { docs } = await req.payload.find({
        collection: 'alert-subscriptions',
        where: { and: [{ email: { equals: subscription.email } }, { confirmedAt: { exists: true } }] },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const items = await Promise.all(
        docs.map(
          async (each) => `<li>${escape(await describe(req, each))}${button(alertLink(req.payload.secret, 'unsubscribe', each), 'Hủy đăng ký này')}</li>`,
        ),
      )
      return page(
        200,
        'Đăng ký nhận thông báo của bạn',
        `<p>Địa chỉ ${escape(subscription.email)} đang nhận:</p><ul>${items.join('')}</ul><h2>Xóa địa chỉ khỏi hệ thống</h2><p>Hủy mọi đăng ký và xóa địa chỉ thư điện tử của bạn (dữ liệu cá nhân duy nhất được lưu).</p>${button(alertLink(req.payload.secret, 'erase', subscription), 'Xóa mọi đăng ký và địa chỉ của tôi')}${backToSite}`,
      )
    },
  },
  {
    // Erasure on request: every subscription of the address, confirmed or not.
    path: '/erase',
    method: 'post',
    handler: async (req) => {
      const subscription = await linkedSubscription(req, 'erase')
      if (subscription === 'refused') return refusedLink()
      if (subscription !== 'gone')
        await req.payload.delete({ collection: 'alert-subscriptions', where: { email: { equals: subscription.email } }, overrideAccess: true, depth: 0 })
      return page(200, 'Đã xóa địa chỉ của bạn', `<p>Mọi đăng ký của địa chỉ này đã được hủy và địa chỉ đã được xóa khỏi hệ thống.</p>${backToSite}`)
    },
  },
]
