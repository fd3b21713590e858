import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import compression from 'compression'
import sirv from 'sirv'
import { siteSecurityHeaders } from '../../shared/securityHeaders'
import { siteBase } from '../src/lib/deployment'

// Files whose names carry a hash of their content (Astro's bundles, Pagefind's index parts) never change.
const isImmutable = (pathname: string) => pathname.startsWith('/_astro/') || /\/pagefind[^/]*\/.*\.pf_\w+$/.test(pathname)

/**
 * Serves the built site (dist/) under its base path, as the provincial portal or any static host would:
 * /du-thao/ → du-thao/index.html, unknown paths → 404.html with status 404; text compressed (brotli or gzip)
 * for slow mobile networks, hashed files cached for a year, and the security headers every page needs.
 */
export async function serveSite(distDir: string, port: number, host = '127.0.0.1', base = siteBase): Promise<Server> {
  // `dev` makes sirv look at the disk on each request, so a newly published release (publishSite) is served at once.
  const files = sirv(distDir, {
    dev: true,
    etag: true,
    extensions: ['html'],
    // The JSON API and oEmbed files are for other sites' scripts: open to any origin (GET only, nothing private).
    setHeaders: (response, pathname) => {
      if (pathname.startsWith('/api/v1/') || pathname.startsWith('/oembed/')) response.setHeader('Access-Control-Allow-Origin', '*')
      if (isImmutable(pathname)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    },
  })
  const compress = compression()
  const server = createServer((request, response) => {
    const requested = request.url ?? '/'
    for (const [name, value] of Object.entries(siteSecurityHeaders(requested))) response.setHeader(name, value)
    if (!requested.startsWith(base)) {
      response.writeHead(302, { location: base }).end()
      return
    }
    request.url = `/${requested.slice(base.length)}`
    // compression's types are Express's; it needs only Node's request and response.
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () =>
      files(request, response, () => {
        void readFile(path.join(distDir, '404.html')).then((notFound) => response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound))
      }),
    )
  })
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
}
