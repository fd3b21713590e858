/**
 * The address a request came from, as the CMS's HTTP front (cms/server/) worked it out from the connection and
 * TRUSTED_PROXIES and wrote into X-Forwarded-For in place of whatever the client sent.
 */
export function clientAddress(headers: Headers): string {
  return (headers.get('x-forwarded-for') ?? '').split(',')[0]?.trim() || 'unknown'
}
