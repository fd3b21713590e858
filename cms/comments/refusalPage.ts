import { escape } from 'html-escaper'
import { siteRoot } from '../../shared/siteAddress'
import type { FieldError } from './checkCommentFields'

/** The page a comment form sent without JavaScript shows when the comment was not accepted. */
export function refusalPage(message: string, errors: FieldError[], draftSlug?: string): string {
  const back = draftSlug ? new URL(`du-thao/${draftSlug}/#gop-y`, siteRoot).href : new URL('du-thao/', siteRoot).href
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Góp ý chưa được gửi</title>
<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#8a1c1c}a{color:#0b4f8a}</style></head>
<body><main><h1>Góp ý chưa được gửi</h1><p>${escape(message)}</p>${errors.length ? `<ul>${errors.map((error) => `<li>${escape(error.message)}</li>`).join('')}</ul>` : ''}
<p>Dùng nút <strong>Quay lại</strong> của trình duyệt để sửa nội dung đã nhập, hoặc <a href="${escape(back)}">trở lại trang dự thảo</a>.</p></main></body></html>`
}
