import type { CollectionSlug, Endpoint } from 'payload'
import { oembedResponse } from '../../shared/oembed'
import { localeCodes } from '../../shared/locales'
import { siteRoot } from '../../shared/siteAddress'

const collections = { 'du-thao': 'drafts', 'bai-giai-thich': 'explainers', 'so-tay': 'handbook-chapters' } as const

const error = (status: number, message: string) => Response.json({ error: message }, { status, headers: { 'access-control-allow-origin': '*' } })

/**
 * oEmbed 1.0 in query form, `GET /oembed?url=…&maxwidth=…` (also at /api/oembed), for consumers that do not use
 * the static JSON each page links to. Answers only for published items, read as an anonymous reader.
 */
export const oembedEndpoint: Endpoint = {
  path: '/oembed',
  method: 'get',
  handler: async (req) => {
    const query = new URL(req.url ?? '', 'http://localhost').searchParams
    const itemUrl = query.get('url')
    if (query.get('format') && query.get('format') !== 'json') return error(501, 'Chỉ hỗ trợ định dạng JSON (format=json).')
    if (!itemUrl) return error(400, 'Thiếu tham số url: địa chỉ của bài cần nhúng.')
    if (!itemUrl.startsWith(siteRoot)) return error(404, `Địa chỉ không thuộc trang Truyền thông chính sách (${siteRoot}).`)
    const match = /^(?:([a-z]{2,3})\/)?(du-thao|bai-giai-thich|so-tay)\/([a-z0-9-]+)\/?$/.exec(itemUrl.slice(siteRoot.length).split(/[?#]/)[0]!)
    const locale = match?.[1] ?? 'vi'
    if (!match || !(localeCodes as string[]).includes(locale)) return error(404, 'Địa chỉ này không phải một dự thảo, bài giải thích hay chương sổ tay.')
    const kind = match[2] as keyof typeof collections
    const found = await req.payload.find({
      collection: collections[kind] as CollectionSlug,
      where: { and: [{ slug: { equals: match[3] } }, { _status: { equals: 'published' } }] },
      locale: locale as 'vi',
      fallbackLocale: false,
      overrideAccess: false,
      depth: 1,
      limit: 1,
    })
    const doc = found.docs[0] as { title?: string; draftingAgency?: { name?: string }; agency?: { name?: string } } | undefined
    if (!doc?.title) return error(404, 'Không tìm thấy bài đã xuất bản ở địa chỉ này.')
    const maxwidth = Number(query.get('maxwidth')) || undefined
    const response = oembedResponse(
      { kind, slug: match[3]!, locale, title: doc.title, agencyName: (doc.draftingAgency ?? doc.agency)?.name },
      siteRoot,
      maxwidth,
    )
    return Response.json(response, { headers: { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' } })
  },
}
