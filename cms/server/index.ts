// The CMS's HTTP front: Next (the admin and Payload's REST API) behind a plain Node server that decides, before
// Next or Payload see a request, who sent it (TRUSTED_PROXIES), whether its body may be read at all (a size per
// route), whether it may register the first account, and which security headers every answer carries.
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import path from 'node:path'
import next from 'next'
import { cmsSecurityHeaders } from '../../shared/securityHeaders'
import { isProduction } from '../config/environment'
import { refuseBody, type Refusal } from './bodyLimits'
import { clientAddressFrom } from './clientAddress'
import { logsAsJson, settings } from '../../shared/settings'

const { PORT: port, HOST: host, TRUSTED_PROXIES: trustedProxies } = settings()

const app = next({ dev: false, dir: path.resolve('cms'), hostname: host, port })
const handle = app.getRequestHandler()
await app.prepare()

// On a production database the first account is made with `npm run create-admin`, never by the first visitor.
const refuseFirstUser = (pathname: string): Refusal | undefined =>
  isProduction && (pathname === '/api/users/first-register' || pathname.startsWith('/admin/create-first-user'))
    ? {
        status: 403,
        message: 'Không tự đăng ký tài khoản đầu tiên được trên hệ thống đang vận hành: quản trị viên tạo tài khoản bằng lệnh `npm run create-admin`.',
      }
    : undefined

// One JSON line per request for log collectors (the path without its query, which may carry tokens); on by default in production.
const logsRequests = logsAsJson()

const server = createServer((request, response) => {
  const pathname = new URL(request.url ?? '/', 'http://cms').pathname
  // Everything downstream (rate limits, Payload) reads the one address this server worked out; what the client wrote is dropped.
  request.headers['x-forwarded-for'] = clientAddressFrom(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustedProxies)
  delete request.headers['x-real-ip']
  const id = randomUUID()
  request.headers['x-request-id'] = id
  response.setHeader('x-request-id', id)
  if (logsRequests) {
    const started = performance.now()
    response.once('finish', () =>
      console.log(
        JSON.stringify({
          time: new Date().toISOString(),
          msg: 'request',
          id,
          method: request.method,
          path: pathname,
          status: response.statusCode,
          ms: Math.round(performance.now() - started),
          client: request.headers['x-forwarded-for'],
        }),
      ),
    )
  }
  for (const [name, value] of Object.entries(cmsSecurityHeaders(pathname, { isProduction }))) response.setHeader(name, value)
  const refusal = refuseFirstUser(pathname) ?? refuseBody(request.method ?? 'GET', pathname, request.headers)
  if (refusal) {
    // The body is never kept: Node discards whatever still arrives, and the connection closes after the answer.
    // Closing lingers, as nginx's does: only our side is shut at once and the socket is destroyed a few seconds
    // later, since destroying it while the client is still sending would reset the connection before the client
    // read the answer. A 100 MB body costs the server no memory.
    const socket = request.socket
    socket.destroySoon = () => {
      socket.end()
      setTimeout(() => socket.destroy(), 5000).unref()
    }
    response.writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', connection: 'close' })
    response.end(JSON.stringify({ errors: [{ message: refusal.message }] }))
    return
  }
  void handle(request, response)
})
// Slow clients cannot hold connections open for ever (slowloris): headers within 20 s, a whole request within 5 minutes.
server.headersTimeout = 20_000
server.requestTimeout = 300_000
// An idle keep-alive connection stays open longer than the proxies in front keep theirs (haproxy's 60 s, nginx, a
// client's pool): with Node's 5 s, a proxy or client that reuses a connection just as the CMS closes it gets
// "other side closed" (seen in CI after a pause of a few seconds between two requests).
server.keepAliveTimeout = 65_000
server.listen(port, host, () => console.log(`CMS listening on http://${host}:${port}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
