import config from '../../cms/payload.config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const get = REST_GET(config)
const post = REST_POST(config)
const options = REST_OPTIONS(config)
const handlers = { POST: post, OPTIONS: options, PATCH: REST_PATCH(config), DELETE: REST_DELETE(config), GET: get }

/** Calls the CMS's real REST route handlers, as the Next server does, without starting a server. */
export async function restGet(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(path, 'http://127.0.0.1:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return get(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
}

/** POSTs JSON to a REST route of the CMS. */
export async function restPost(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(path, 'http://127.0.0.1:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return post(new Request(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }), {
    params: Promise.resolve({ slug }),
  })
}

/** Sends any request to a REST route of the CMS (raw bodies, odd content types, other methods). */
export async function restRequest(path: string, init: RequestInit & { method: keyof typeof handlers }): Promise<Response> {
  const url = new URL(path, 'http://127.0.0.1:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const handler = handlers[init.method]
  return handler(new Request(url, { ...init, duplex: 'half' } as RequestInit), { params: Promise.resolve({ slug }) })
}
