import jsQR from 'jsqr'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { axeViolations, useFixtureSite } from '../helpers/browser'
import { basePath, distDir, page, siteUrl } from '../helpers/dist'

const site = useFixtureSite(distDir, basePath)

/** Decodes a QR code drawn as SVG, as a phone camera would read it from the screen. */
async function decodeQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(400, 400)
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
}

describe('the public e-bulletin board', () => {
  it('shows the open consultation first, with days left and a QR code that decodes to its page', async () => {
    const $ = page('bang-tin/')
    const first = $('.b__slide').first()
    expect(first.find('.b__kind').text()).toBe('Đang lấy ý kiến')
    expect(first.find('.b__days').text()).toMatch(/Còn \d+ ngày để góp ý/)
    expect(
      await decodeQr(
        first
          .find('.b__qr')
          .html()!
          .match(/<svg[\s\S]*<\/svg>/)![0],
      ),
    ).toBe(`${siteUrl}${basePath}du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/`)
  })

  it('gives every slide a QR code to its own page', async () => {
    const $ = page('bang-tin/')
    const slides = $('.b__slide').toArray()
    expect(slides.length).toBeGreaterThan(3)
    for (const slide of slides) {
      const figure = $(slide).find('.b__qr')
      expect(await decodeQr(figure.html()!.match(/<svg[\s\S]*<\/svg>/)![0])).toBe(figure.attr('data-url'))
    }
  })

  it('rotates the slides by itself', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 720 } })
    await tab.clock.install()
    await tab.goto(`${site.baseUrl}bang-tin/`)
    const visible = () => tab.locator('.b__slide:visible .b__title').textContent()
    const first = await visible()
    await tab.clock.runFor(12_500)
    const second = await visible()
    expect(second).not.toBe(first)
    expect(await tab.locator('.b__slide:visible').count()).toBe(1)
    await tab.close()
  })

  it('has a board per agency with its own items', () => {
    const $ = page('bang-tin/so-nong-nghiep-va-moi-truong/')
    expect($('.b__top').text()).toContain('Sở NN&MT')
    for (const title of $('.b__title').toArray()) expect($(title).text()).toMatch(/đất/i)
  })

  it('passes axe and keeps working offline from its cache', async () => {
    const context = await site.browser.newContext()
    const tab = await context.newPage()
    await tab.goto(`${site.baseUrl}bang-tin/`)
    expect(await axeViolations(tab)).toEqual([])
    await tab.evaluate(() => navigator.serviceWorker.ready)
    await tab.reload()
    await context.setOffline(true)
    await tab.reload()
    expect(await tab.locator('.b__title').first().textContent()).toContain('chuyển đổi số')
    await context.close()
  })
})
