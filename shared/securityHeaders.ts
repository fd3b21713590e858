import { settings } from './settings'
/**
 * The security headers of the public site and the CMS, in one place so that the static server of `npm start`,
 * the CMS and the README's recipe for other static hosts say the same thing.
 */

/** Headers every response of the static site carries; `frame-ancestors` is relaxed only for embed cards. */
export function siteSecurityHeaders(pathname: string): Record<string, string> {
  const isEmbed = /\/nhung\//.test(pathname)
  return {
    // Scripts and styles are governed by the policy Astro writes into each page (hashes of what it inlines);
    // what a <meta> policy cannot say is said here.
    'content-security-policy': `frame-ancestors ${isEmbed ? '*' : "'none'"}; object-src 'none'; base-uri 'self'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    ...(isEmbed ? {} : { 'x-frame-options': 'DENY' }),
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  }
}

/** Headers every response of the CMS carries: the admin (Next, whose inline bootstrap scripts need 'unsafe-inline') and the API. */
export function cmsSecurityHeaders(pathname: string, { isProduction }: { isProduction: boolean }): Record<string, string> {
  const isApi = pathname.startsWith('/api/') || pathname === '/oembed'
  // A live preview (cms/endpoints/preview.ts) is framed by the admin and shows the public site's images and fonts.
  const isPreview = pathname.startsWith('/api/xem-truoc/')
  const site = new URL(settings().SITE_URL).origin
  const policy = isPreview
    ? `default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src ${site} data:; font-src ${site} data:; media-src ${site}; frame-ancestors 'self'; base-uri 'self'; form-action 'none'`
    : isApi
      ? "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; media-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
      : "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; frame-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': isPreview ? 'SAMEORIGIN' : 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'cross-origin-opener-policy': 'same-origin',
    ...(isProduction ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  }
}
