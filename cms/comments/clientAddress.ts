/**
 * The address a request came from. Next puts the connection's address in X-Forwarded-For when the header is absent;
 * behind reverse proxies (TRUSTED_PROXIES=n, each appending the address it saw) the n-th entry from the right is
 * the client's. Without a proxy a client can send its own header, so limits per address are a brake, not a wall.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  const hops = Math.max(1, Number(process.env.TRUSTED_PROXIES ?? 0))
  return forwarded[Math.max(0, forwarded.length - hops)] ?? headers.get('x-real-ip') ?? 'unknown'
}
