/**
 * The address a request came from: the connection's, or, behind `trustedProxies` reverse proxies that each append
 * the address they saw to X-Forwarded-For, the entry that many places from the right. Entries further left were
 * written by the client and are never believed; with no proxy the header is ignored altogether.
 */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  const connection = (socketAddress ?? 'unknown').replace(/^::ffff:/, '')
  if (trustedProxies <= 0) return connection
  const entries = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // The nearest proxy is the connection itself; the address it saw is the last entry, and so on leftwards.
  return entries[entries.length - trustedProxies] ?? entries[0] ?? connection
}
