import type { Endpoint } from 'payload'
import { siteRoot } from '../../shared/siteAddress'

/** The public site's origin: the only one whose forms (comments, alert sign-ups) the CMS takes. */
export const siteOrigin = new URL(siteRoot).origin

/** What every answer to the site's forms carries, so the site's scripts may read it. */
export const corsHeaders = { 'access-control-allow-origin': siteOrigin, vary: 'Origin' }

/** CORS preflight for the site's scripts that post one of its forms as JSON. */
export const sitePreflightEndpoint: Endpoint = {
  path: '/',
  method: 'options',
  handler: () =>
    new Response(null, {
      status: 204,
      headers: {
        ...corsHeaders,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type, accept',
        'access-control-max-age': '86400',
      },
    }),
}
