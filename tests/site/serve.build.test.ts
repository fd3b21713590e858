import { get, type IncomingMessage, type Server } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveFixture } from '../helpers/browser'
import { basePath, distDir, distFiles } from '../helpers/dist'

let server: Server
let baseUrl: string
beforeAll(async () => ({ server, baseUrl } = await serveFixture(distDir, basePath)))
afterAll(() => server.close())

/** A raw GET (no automatic decompression), with the body as bytes. */
function request(url: string, headers: Record<string, string> = {}): Promise<{ response: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

describe('the site server', () => {
  it('compresses pages for browsers that accept it, and only for them', async () => {
    const compressed = await request(`${baseUrl}du-thao/`, { 'accept-encoding': 'gzip, deflate, br' })
    expect(compressed.response.headers['content-encoding']).toBe('br')
    const html = brotliDecompressSync(compressed.body).toString('utf8')
    expect(html).toContain('<html lang="vi"')
    const plain = await request(`${baseUrl}du-thao/`)
    expect(plain.response.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(html)
    expect(compressed.body.length).toBeLessThan(plain.body.length / 3)
  })

  it('lets browsers keep files whose names carry their hash, and revalidate pages', async () => {
    const script = distFiles.find((file) => file.startsWith('_astro/') && file.endsWith('.js'))!
    expect((await request(`${baseUrl}${script}`)).response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const index = distFiles.find((file) => /^pagefind\/index\/.+\.pf_index$/.test(file))!
    expect((await request(`${baseUrl}${index}`)).response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await request(`${baseUrl}pagefind/pagefind.js`)).response.headers['cache-control']).toBe('no-cache')
    expect((await request(`${baseUrl}du-thao/`)).response.headers['cache-control']).toBe('no-cache')
  })

  it('answers an unknown address with the 404 page', async () => {
    const missing = await request(`${baseUrl}khong-co-trang-nay/`, { 'accept-encoding': 'gzip' })
    expect(missing.response.statusCode).toBe(404)
    expect(gunzipSync(missing.body).toString('utf8')).toContain('Không tìm thấy trang')
  })
})
