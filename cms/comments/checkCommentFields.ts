import { cleanCommentText } from '../../shared/cleanCommentText'
import { type CommentArticle, commentLimits } from '../../shared/comments'

export type CommentFields = {
  article: CommentArticle
  text: string
  name: string
  locality: string
  contact?: string
  mayPublish: boolean
  /** One e-mail when the response is published: only with an e-mail address to send it to. */
  mayContact: boolean
}

export type FieldError = { field: string; message: string }

const truthy = (value: unknown) => value === true || value === 'true' || value === 'on' || value === '1' || value === 'yes'
const asText = (value: unknown) => (typeof value === 'string' ? cleanCommentText(value) : typeof value === 'number' ? String(value) : '')
// Markup has no place in a comment: "<b>", "</p>", "<!--", "<script", "<?php" are refused, while "5 < 7" is fine.
const markup = /<\s*(?:[/?]?[a-z]|!)/i
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const phone = /^\+?[\d\s.()-]{9,20}$/

/** Checks what a citizen sent against the form's rules and the draft's articles; every problem is reported at once. */
export function checkCommentFields(fields: Record<string, unknown>, articleNumbers: number[]): { comment: CommentFields } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  if (Object.values(fields).some((value) => typeof value === 'string' && value.includes('\u0000'))) {
    return { errors: [{ field: 'text', message: 'Nội dung gửi lên chứa ký tự không hợp lệ (NUL).' }] }
  }

  const text = asText(fields.text)
  if (!text) errors.push({ field: 'text', message: 'Hãy nhập nội dung góp ý.' })
  else if (text.length > commentLimits.text)
    errors.push({ field: 'text', message: `Nội dung góp ý dài ${text.length} ký tự, vượt quá ${commentLimits.text} ký tự cho phép.` })
  else if (markup.test(text)) errors.push({ field: 'text', message: 'Nội dung góp ý không được chứa mã HTML hoặc mã lệnh (các thẻ dạng <…>).' })

  const name = asText(fields.name)
  if (!name) errors.push({ field: 'name', message: 'Hãy nhập họ và tên (hoặc tên cơ quan, tổ chức).' })
  else if (name.length > commentLimits.name || markup.test(name))
    errors.push({ field: 'name', message: `Họ và tên không quá ${commentLimits.name} ký tự và không chứa mã HTML.` })

  const locality = asText(fields.locality)
  if (!locality) errors.push({ field: 'locality', message: 'Hãy nhập nơi ở hoặc nơi công tác (xã, phường hoặc đặc khu).' })
  else if (locality.length > commentLimits.locality || markup.test(locality))
    errors.push({ field: 'locality', message: `Địa chỉ không quá ${commentLimits.locality} ký tự và không chứa mã HTML.` })

  const contact = asText(fields.contact) || undefined
  if (contact && (contact.length > commentLimits.contact || !(email.test(contact) || phone.test(contact)))) {
    errors.push({ field: 'contact', message: 'Thư điện tử hoặc số điện thoại không hợp lệ (ví dụ: ten@example.vn hoặc 0912 345 678); có thể để trống.' })
  }

  let article: CommentArticle = null
  const requested = asText(fields.article)
  if (requested && requested !== 'general') {
    const number = Number(requested)
    if (!Number.isInteger(number) || !articleNumbers.includes(number))
      errors.push({ field: 'article', message: `Dự thảo không có "${requested.slice(0, 20)}": hãy chọn một điều của dự thảo hoặc "Góp ý chung".` })
    else article = number
  }

  if (!truthy(fields.consent)) {
    errors.push({ field: 'consent', message: 'Cần đồng ý cho phép xử lý dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15) để gửi góp ý.' })
  }

  return errors.length
    ? { errors }
    : {
        comment: {
          article,
          text,
          name,
          locality,
          contact,
          mayPublish: truthy(fields.mayPublish),
          mayContact: truthy(fields.mayContact) && email.test(contact ?? ''),
        },
      }
}
