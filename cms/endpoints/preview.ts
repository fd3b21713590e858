import type { CollectionSlug, Endpoint, PayloadHandler } from 'payload'
import { escape } from 'html-escaper'
import { isValidPreviewToken } from '../preview/previewToken'
import { previewedKindOf, previewItem, withUnsavedValues } from '../preview/previewItem'
import { asPreviewPage, previewScript, previewScriptPath, renderWithSiteBuilder } from '../preview/previewPage'
import type { LooseDocument } from '../snapshot/looseDocument'

/** A preview is for the one editor looking at it: never stored by a browser or a proxy, never indexed. */
const privateHeaders = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' }

const message = (status: number, text: string) =>
  new Response(`<!doctype html><html lang="vi"><meta charset="utf-8"><title>Xem trước</title><p>${escape(text)}</p></html>`, {
    status,
    headers: { ...privateHeaders, 'content-type': 'text/html; charset=utf-8' },
  })

/**
 * The live preview of a document (its public page as it would be published), for the admin's live preview:
 * `GET` shows the saved version, `POST { data }` what the editor has typed and not saved yet. Only for the signed-in
 * account the admin made the address for (a signed token, cms/preview/previewToken.ts), and only while it may read the document.
 */
const showPreview: PayloadHandler = async (req) => {
  const { user, payload } = req
  if (!user) return message(401, 'Cần đăng nhập vào trang quản trị để xem trước.')
  const collection = String(req.routeParams?.collection ?? '')
  const id = String(req.routeParams?.id ?? '')
  const query = new URL(req.url ?? '', 'http://localhost').searchParams
  const locale = query.get('locale') ?? 'vi'
  const kind = previewedKindOf(collection)
  const target = { collection, id, locale, userId: String(user.id) }
  if (!kind || !isValidPreviewToken(query.get('token') ?? '', target))
    return message(403, 'Địa chỉ xem trước này không dành cho tài khoản của bạn hoặc đã hết hạn: hãy mở lại màn hình soạn thảo.')
  const saved = (await payload
    .findByID({ collection: collection as never, id, draft: true, locale: 'all', depth: 0, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)) as LooseDocument | null
  if (!saved) return message(403, 'Tài khoản của bạn không được xem tài liệu này.')
  const typed =
    req.method === 'post' || req.method === 'POST' ? ((await req.json?.().catch(() => undefined)) as { data?: unknown } | undefined)?.data : undefined
  const doc =
    typed && typeof typed === 'object'
      ? withUnsavedValues(payload.collections[collection as CollectionSlug].config.flattenedFields, saved, typed as Record<string, unknown>, locale)
      : saved
  try {
    const { item, sitePath } = await previewItem(payload, kind, doc, locale)
    const rendered = await renderWithSiteBuilder(sitePath, { kind, item })
    if (rendered.status !== 200) return message(503, `Chưa xem trước được: ${rendered.html || 'trình dựng trang công khai chưa sẵn sàng'}.`)
    return new Response(asPreviewPage(rendered.html), { headers: { ...privateHeaders, 'content-type': 'text/html; charset=utf-8' } })
  } catch (error) {
    return message(503, `Chưa xem trước được: ${error instanceof Error ? error.message : String(error)}.`)
  }
}

export const previewEndpoints: Endpoint[] = [
  { path: '/xem-truoc/:collection/:id', method: 'get', handler: showPreview },
  { path: '/xem-truoc/:collection/:id', method: 'post', handler: showPreview },
  {
    path: previewScriptPath.replace(/^\/api/, ''),
    method: 'get',
    handler: () => new Response(previewScript, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' } }),
  },
]
