import { request } from 'node:http'

/**
 * Sends a request from another loopback address (127.0.0.2, 127.0.0.3…: all of 127/8 is this machine), so a
 * server sees a different client on its connection, as it would another citizen's phone.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: init.method ?? 'GET', headers: init.headers, localAddress, timeout: init.timeoutMs }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }))
      response.on('error', reject)
    })
    sent.on('error', reject)
    // With timeoutMs, a request that hears nothing for that long fails as a lost connection does.
    sent.on('timeout', () => sent.destroy(new Error(`No answer from ${url} within ${init.timeoutMs} ms`)))
    sent.end(init.body)
  })
}
