import { createHmac, timingSafeEqual } from 'node:crypto'
import { payloadSecret } from '../config/secret'

/** What a preview address lets one account see: one document, in one language. */
export type PreviewTarget = { collection: string; id: string; locale: string; userId: string }

const hourMs = 60 * 60_000

const sign = (target: PreviewTarget, expires: number) =>
  createHmac('sha256', payloadSecret())
    .update(['live-preview', target.collection, target.id, target.locale, target.userId, expires].join('\u0000'))
    .digest('base64url')

/**
 * A short-lived token for the preview of a document, for the account that opened it in the admin. It ends one to two
 * hours from now, on the hour: the admin asks for the address again after every save, and an address that stays
 * the same keeps the preview where the editor scrolled it.
 */
export function previewToken(target: PreviewTarget, now = Date.now()): string {
  const expires = Math.ceil(now / hourMs) * hourMs + hourMs
  return `${expires.toString(36)}.${sign(target, expires)}`
}

/** Whether a token was made for exactly this target and has not expired. */
export function isValidPreviewToken(token: string, target: PreviewTarget, now = Date.now()): boolean {
  const [expiresText = '', signature = ''] = token.split('.')
  const expires = parseInt(expiresText, 36)
  if (!Number.isFinite(expires) || expires < now) return false
  const expected = Buffer.from(sign(target, expires))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
