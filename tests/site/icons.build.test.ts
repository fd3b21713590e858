import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { distDir, fileForUrl, htmlFiles, page } from '../helpers/dist'

const built = (file: string) => readFileSync(path.join(distDir, file))

describe('icons and the web app manifest', () => {
  it('every page names its icons, touch icon and manifest, and each points at a file that is there', () => {
    for (const file of htmlFiles.filter((name) => !name.startsWith('nhung/'))) {
      const $ = page(file)
      const links = ['link[rel=icon][type="image/svg+xml"]', 'link[rel=icon][sizes="32x32"]', 'link[rel=apple-touch-icon]', 'link[rel=manifest]']
      for (const selector of file.startsWith('bang-tin/') ? [links[0]!] : links) {
        const href = $(selector).attr('href')
        expect(href, `${file}: ${selector}`).toBeTruthy()
        expect(fileForUrl(href!), `${file}: ${href}`).toBeDefined()
      }
    }
  })

  it('serves favicon.ico as a real ICO file holding a 32×32 picture, so browsers stop asking for a missing one', async () => {
    const ico = built('favicon.ico')
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0])
    const png = ico.subarray(ico.readUInt32LE(18), ico.readUInt32LE(18) + ico.readUInt32LE(14))
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 })
  })

  it('draws the icons in the site colours, not blank', async () => {
    const touch = await sharp(built('apple-touch-icon.png')).raw().toBuffer({ resolveWithObject: true })
    expect(touch.info).toMatchObject({ width: 180, height: 180 })
    const pixel = (x: number, y: number) => [...touch.data.subarray((y * 180 + x) * touch.info.channels, (y * 180 + x) * touch.info.channels + 3)]
    expect(pixel(10, 90)).toEqual([0x8b, 0x1a, 0x1a]) // the red ground
    expect(pixel(60, 90)).toEqual([255, 255, 255]) // the white loudspeaker
    expect((await sharp(built('icon-512.png')).metadata()).width).toBe(512)
  })

  it('has a manifest in Vietnamese whose start page and icons are inside the site', () => {
    const manifest = JSON.parse(built('manifest.webmanifest').toString('utf8'))
    expect(manifest).toMatchObject({ name: 'Truyền thông chính sách', lang: 'vi' })
    expect(fileForUrl(manifest.start_url)).toBeDefined()
    for (const icon of manifest.icons) expect(fileForUrl(icon.src), icon.src).toBeDefined()
  })
})
