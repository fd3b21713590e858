import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { localeCodes } from '../../shared/locales'

const isLocaleMap = (value: object) => {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => (localeCodes as string[]).includes(key))
}

/** Every localized value of a document in the languages other than `locale`, as [where, language, value] lines. */
function otherEditions(doc: unknown, locale: string, at = ''): string[] {
  if (Array.isArray(doc)) return doc.flatMap((item, index) => otherEditions(item, locale, `${at}[${index}]`))
  if (!doc || typeof doc !== 'object') return []
  if (isLocaleMap(doc))
    return Object.entries(doc)
      .filter(([code, value]) => code !== locale && value !== null && value !== undefined && value !== '')
      .map(([code, value]) => `${at}|${code}|${JSON.stringify(value)}`)
  return Object.entries(doc).flatMap(([key, value]) => otherEditions(value, locale, `${at}.${key}`))
}

/** Whether another language has a saved draft that differs from what is published in it. */
async function hasPendingOtherEditions(req: PayloadRequest, collection: string, id: string | number, locale: string): Promise<boolean> {
  const read = (draft: boolean) =>
    req.payload.findByID({ collection: collection as never, id, draft, locale: 'all', depth: 0, overrideAccess: true, req }).catch(() => undefined)
  // Reading with the request (its transaction) sets the request's locale to 'all': the save must keep its own.
  const { locale: requestLocale, fallbackLocale } = req
  const latest = await read(true)
  const published = await read(false)
  req.locale = requestLocale
  req.fallbackLocale = fallbackLocale
  if (!latest) return true
  const live = (published as { _status?: string } | undefined)?._status === 'published' ? otherEditions(published, locale) : []
  return JSON.stringify(otherEditions(latest, locale).sort()) !== JSON.stringify(live.sort())
}

/**
 * Publishing an edition publishes that language only while another language has a pending, unreviewed draft
 * (say the Cơ Tu edition): Payload's default publishes every locale from the latest draft, so it would go live
 * when an editor publishes a fix to the Vietnamese text. When no other language has anything pending, the
 * document is published whole: a one-language publish leaves Payload's latest version a draft, and the admin
 * then shows a document nobody changed as "Bản nháp (có phiên bản đã xuất bản)". An explicit
 * `publishAllLocales` still publishes everything.
 */
export const publishOnlyEditedLocale: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const isPublishing = (args.data as { _status?: string } | undefined)?._status === 'published'
  const locale = req.locale as string | undefined
  const id = (args as { id?: string | number }).id
  if (!isPublishing || args.publishSpecificLocale || args.publishAllLocales || !locale || !(localeCodes as string[]).includes(locale)) return args
  // An update by query (no id) may touch many documents: keep every other language as it is.
  if (id === undefined || (await hasPendingOtherEditions(req, collection.slug, id, locale))) args.publishSpecificLocale = locale
  return args
}
