import { createHmac, timingSafeEqual } from 'node:crypto'
import { settings } from '../../shared/settings'

/** What a link in an alert message lets its holder do with one subscription (or, for erase, with every one of the address). */
export type LinkPurpose = 'confirm' | 'unsubscribe' | 'manage' | 'erase'

type Subscription = { id: string | number; email: string }

// A token is the HMAC of purpose, subscription and address under Payload's secret: nothing to store, nothing to
// guess, and a link made for one purpose or one subscription opens nothing else.
const tokenOf = (secret: string, purpose: LinkPurpose, subscription: Subscription) =>
  createHmac('sha256', secret).update(`${purpose}\u0000${subscription.id}\u0000${subscription.email.toLowerCase()}`).digest('base64url').slice(0, 32)

/** Whether `token` is the one made for this purpose and subscription (compared in constant time). */
export function isValidToken(secret: string, purpose: LinkPurpose, subscription: Subscription, token: unknown): boolean {
  if (typeof token !== 'string') return false
  const expected = Buffer.from(tokenOf(secret, purpose, subscription))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The CMS address that carries out `purpose` for this subscription, e.g. the one-click unsubscribe of List-Unsubscribe. */
export function alertLink(secret: string, purpose: LinkPurpose, subscription: Subscription): string {
  const url = new URL(`/api/alert-subscriptions/${purpose}`, settings().CMS_PUBLIC_URL)
  url.searchParams.set('id', String(subscription.id))
  url.searchParams.set('t', tokenOf(secret, purpose, subscription))
  return url.href
}
