import config from '../../cms/payload.config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = { GET: REST_GET(config), POST: REST_POST(config), OPTIONS: REST_OPTIONS(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }

/** Sends any request to a REST route of the CMS through its real route handlers, as the Next server does, without a server. */
export async function restRequest(path: string, init: RequestInit & { method: keyof typeof handlers }): Promise<Response> {
  const url = new URL(path, 'http://127.0.0.1:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return handlers[init.method](new Request(url, { ...init, duplex: 'half' } as RequestInit), { params: Promise.resolve({ slug }) })
}

/** GETs a REST route of the CMS. */
export const restGet = (path: string, headers: Record<string, string> = {}) => restRequest(path, { method: 'GET', headers })

/** POSTs JSON to a REST route of the CMS. */
export const restPost = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  restRequest(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } })
