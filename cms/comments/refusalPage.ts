import { escape } from 'html-escaper'
import { siteRoot } from '../../shared/siteAddress'
import { citizenPage } from '../endpoints/citizenPage'
import type { FieldError } from './checkCommentFields'

/** The page a comment form sent without JavaScript shows when the comment was not accepted. */
export function refusalPage(message: string, errors: FieldError[], draftSlug?: string): string {
  const back = draftSlug ? new URL(`du-thao/${draftSlug}/#gop-y`, siteRoot).href : new URL('du-thao/', siteRoot).href
  return citizenPage(
    'Góp ý chưa được gửi',
    `<p>${escape(message)}</p>${errors.length ? `<ul>${errors.map((error) => `<li>${escape(error.message)}</li>`).join('')}</ul>` : ''}
<p>Dùng nút <strong>Quay lại</strong> của trình duyệt để sửa nội dung đã nhập, hoặc <a href="${escape(back)}">trở lại trang dự thảo</a>.</p>`,
  )
}
