import { extract } from '@extractus/oembed-extractor'
import { createServer, type Server } from 'node:http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, serveFixture } from '../helpers/browser'
import { basePath, distDir } from '../helpers/dist'
import { freePort } from '../helpers/freePort'

let browser: Browser
let close: () => Promise<void>
let site: Server
let host: Server
let siteBaseUrl: string
let hostUrl: string
let snippet: string

const draft = 'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/'

beforeAll(async () => {
  ;({ browser, close } = await launchChromium())
  ;({ baseUrl: siteBaseUrl, server: site } = await serveFixture(distDir, basePath))
  // The oEmbed files were built for the public SITE_URL; here the site answers on 127.0.0.1, so the iframe is pointed there.
  const oembed = await (await fetch(`${siteBaseUrl}oembed/${draft.replace(/\/$/, '')}.json`)).json()
  snippet = (oembed.html as string).replace(/https:\/\/[^/]+\//, `${new URL(siteBaseUrl).origin}/`)
  // A newsroom's page on another origin, with the snippet pasted in.
  const port = await freePort()
  host = createServer((_, response) =>
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="vi"><title>Báo</title><main><h1>Bài báo</h1>${snippet}</main></html>`),
  )
  await new Promise<void>((resolve) => host.listen(port, '127.0.0.1', resolve))
  hostUrl = `http://localhost:${port}/`
})

afterAll(async () => {
  await close?.()
  site?.close()
  host?.close()
})

describe('embeds on another site', () => {
  it('grow the iframe to the card’s height through postMessage', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } })
    await page.goto(hostUrl)
    const frame = page.locator('iframe[data-ttcs-embed]')
    await page.waitForFunction(() => (document.querySelector('iframe[data-ttcs-embed]') as HTMLIFrameElement).style.height !== '')
    const height = Number.parseFloat(await frame.evaluate((element) => (element as HTMLIFrameElement).style.height))
    const inner = await page
      .frameLocator('iframe[data-ttcs-embed]')
      .locator('html')
      .evaluate((element) => element.scrollHeight)
    expect(height).toBe(inner)
    expect(height).not.toBe(260)
    await page.close()
  })

  it('show the days left from the reader’s clock for a draft', async () => {
    const page = await browser.newPage()
    const closes = new Date((await (await fetch(`${siteBaseUrl}api/v1/drafts/${draft.split('/')[1]}.json`)).json()).closesAt)
    await page.clock.setFixedTime(new Date(closes.getTime() - 5 * 86_400_000 - 14 * 3_600_000))
    await page.goto(hostUrl)
    await expect.poll(() => page.frameLocator('iframe[data-ttcs-embed]').locator('[data-ttcs-days-left]').textContent()).toBe('Còn 5 ngày để góp ý')
    await page.close()
  })

  it('are found by an oEmbed consumer library through discovery on the item page', async () => {
    const pageUrl = `${siteBaseUrl}${draft}`
    // The page links the oEmbed JSON at its public SITE_URL; this fetcher maps that address onto the local server.
    const fetcher = (url: string) => fetch(url.replace(/^https:\/\/[^/]+\//, `${new URL(siteBaseUrl).origin}/`))
    const data = await extract(pageUrl, {}, fetcher)
    expect(data).toMatchObject({ type: 'rich', version: '1.0', method: 'auto-discovery' })
    expect(data.title).toContain('chuyển đổi số')
  })
})
