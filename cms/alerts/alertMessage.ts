import { escape } from 'html-escaper'
import { alertKinds, alertPaths, type AlertKind } from '../../shared/alerts'
import { formatVietnameseDate } from '../../shared/formatVietnameseDate'
import { siteRoot } from '../../shared/siteAddress'
import type { Alert, AlertSubscription } from '../payload-types'
import { alertLink } from './alertLinks'

export type Message = { to: string; subject: string; text: string; html: string; headers: Record<string, string> }

const subjectPrefix: Record<AlertKind, string> = {
  newDraft: 'Dự thảo lấy ý kiến',
  closing: 'Sắp hết hạn góp ý',
  response: 'Kết quả tiếp thu, giải trình',
  explainer: 'Bài giải thích mới',
  briefing: 'Họp báo',
}

type Item = Pick<Alert, 'kind' | 'title' | 'summary' | 'url' | 'closesAt'>

const deadline = (item: Item) =>
  item.closesAt && item.kind !== 'explainer' && item.kind !== 'briefing' ? `Hạn góp ý: hết ${formatVietnameseDate(item.closesAt)}.` : ''

const itemText = (item: Item) =>
  [`${subjectPrefix[item.kind as AlertKind]}: ${item.title}`, item.summary ?? '', deadline(item), item.url].filter(Boolean).join('\n')

const itemHtml = (item: Item) =>
  `<h2 style="font-size:1.1rem"><a href="${escape(item.url)}">${escape(item.title)}</a></h2><p>${escape(subjectPrefix[item.kind as AlertKind])}</p>${item.summary ? `<p>${escape(item.summary)}</p>` : ''}${deadline(item) ? `<p><strong>${escape(deadline(item))}</strong></p>` : ''}`

/** Why they get it, and the two ways out: every message ends with them, and carries the RFC 8058 one-click header. */
function withFooter(secret: string, subscription: AlertSubscription, subject: string, text: string, html: string): Message {
  const unsubscribe = alertLink(secret, 'unsubscribe', subscription)
  const manage = alertLink(secret, 'manage', subscription)
  const chosen = (subscription.kinds as AlertKind[]).map((kind) => alertKinds[kind].toLowerCase()).join('; ')
  const why = `Bạn nhận thư này vì đã đăng ký nhận thông báo (${chosen}) trên ${siteRoot}.`
  return {
    to: subscription.email,
    subject,
    text: `${text}\n\n--\n${why}\nHủy đăng ký này: ${unsubscribe}\nQuản lý, xóa mọi đăng ký của bạn: ${manage}\n`,
    html: `<div style="font:16px/1.6 system-ui,sans-serif;max-width:40rem">${html}<hr><p style="font-size:.9rem;color:#444">${escape(why)}<br><a href="${escape(unsubscribe)}">Hủy đăng ký này</a> · <a href="${escape(manage)}">Quản lý, xóa mọi đăng ký của bạn</a></p></div>`,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}

/** One alert, sent as soon as it is published. */
export function alertMessage(secret: string, alert: Item, subscription: AlertSubscription): Message {
  return withFooter(secret, subscription, `${subjectPrefix[alert.kind as AlertKind]}: ${alert.title}`, itemText(alert), itemHtml(alert))
}

/** The week's alerts in one message. */
export function digestMessage(secret: string, alerts: Item[], subscription: AlertSubscription): Message {
  const subject = `Tổng hợp tuần: ${alerts.length} mục mới về chính sách`
  const intro = `Trong tuần qua có ${alerts.length} mục mới theo đăng ký của bạn:`
  return withFooter(
    secret,
    subscription,
    subject,
    `${intro}\n\n${alerts.map(itemText).join('\n\n')}`,
    `<p>${escape(intro)}</p>${alerts.map(itemHtml).join('')}`,
  )
}

/** The double opt-in: nothing else is sent to the address until this link is opened. */
export function confirmationMessage(secret: string, subscription: AlertSubscription): Omit<Message, 'headers'> {
  const confirm = alertLink(secret, 'confirm', subscription)
  const chosen = (subscription.kinds as AlertKind[]).map((kind) => `- ${alertKinds[kind]}`).join('\n')
  const form = new URL(alertPaths.form, siteRoot).href
  const text = `Xin chào,\n\nCó người (có thể là bạn) vừa đăng ký nhận thông báo qua thư điện tử tại ${form} cho địa chỉ này:\n${chosen}\n\nĐể bắt đầu nhận thông báo, hãy mở liên kết xác nhận sau:\n${confirm}\n\nNếu không phải bạn đăng ký, hãy bỏ qua thư này: không có thư nào khác được gửi và địa chỉ sẽ được xóa sau 7 ngày.\n`
  return {
    to: subscription.email,
    subject: 'Xác nhận đăng ký nhận thông báo',
    text,
    html: `<div style="font:16px/1.6 system-ui,sans-serif;max-width:40rem"><p>Xin chào,</p><p>Có người (có thể là bạn) vừa đăng ký nhận thông báo qua thư điện tử tại ${escape(form)} cho địa chỉ này:</p><ul>${(subscription.kinds as AlertKind[]).map((kind) => `<li>${escape(alertKinds[kind])}</li>`).join('')}</ul><p><a href="${escape(confirm)}">Xác nhận đăng ký</a></p><p>Nếu không phải bạn đăng ký, hãy bỏ qua thư này: không có thư nào khác được gửi và địa chỉ sẽ được xóa sau 7 ngày.</p></div>`,
  }
}
