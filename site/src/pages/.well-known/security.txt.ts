import type { APIRoute } from 'astro'
import { absoluteUrl } from '../../lib/deployment'
import { settings } from '../../../../shared/settings'

// RFC 9116: where to report a vulnerability. SECURITY_CONTACT is the operating agency's own address (mailto: or https:).
const contact = settings().SECURITY_CONTACT
// A year from the day of the build (by day, so that two builds on one day write the same file).
const expires = `${new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)}T00:00:00.000Z`

export const GET: APIRoute = () =>
  new Response(
    `Contact: ${contact}\nExpires: ${expires}\nPreferred-Languages: vi, en\nPolicy: ${absoluteUrl('bao-mat/')}\nCanonical: ${absoluteUrl('.well-known/security.txt')}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  )
