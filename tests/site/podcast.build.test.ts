import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileTypeFromFile } from 'file-type'
import Parser from 'rss-parser'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { distDir, fileForUrl, page } from '../helpers/dist'

// The audio editions as podcast feeds, for commune radio and IP loudspeaker systems: read with a third-party parser
// (rss-parser, as podcast apps read it), every enclosure checked against the file it points to.
const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8')
type Item = { itunes?: { author?: string; explicit?: string } }
const parser = new Parser<{ itunes?: { image?: string; categories?: string[]; explicit?: string } }, Item>()

describe('podcast feeds of the audio editions', () => {
  it.each([
    ['bai-giai-thich/am-thanh.xml', 'vi', '/bai-giai-thich/nhan-biet-tin-gia-ve-chinh-sach/'],
    ['ktv/bai-giai-thich/am-thanh.xml', 'ktv', '/ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/'],
  ])('%s lists the recordings in its language, each enclosure the real file with its length and type', async (feedPath, language, pagePath) => {
    const xml = read(feedPath)
    const feed = await parser.parseString(xml)
    expect(xml).toContain(`<language>${language}</language>`)
    expect(feed.itunes?.categories).toContain('Government')
    expect(feed.itunes?.explicit).toBe('false')
    const artwork = fileForUrl(new URL(feed.itunes!.image!).pathname)!
    expect(await sharp(path.join(distDir, artwork)).metadata()).toMatchObject({ width: 1400, height: 1400, format: 'png' })
    expect(feed.items.length).toBeGreaterThanOrEqual(1)
    expect(feed.items.map((item) => item.link)).toContainEqual(expect.stringContaining(pagePath))
    for (const item of feed.items) {
      const file = fileForUrl(new URL(item.enclosure!.url).pathname)
      expect(file, item.enclosure!.url).toBeDefined()
      const onDisk = path.join(distDir, file!)
      expect(Number(item.enclosure!.length)).toBe(statSync(onDisk).size)
      expect(item.enclosure!.type).toBe((await fileTypeFromFile(onDisk))!.mime)
      expect(item.itunes?.author).toBeTruthy()
      expect(item.guid).toBeTruthy()
    }
  })

  it('is linked from each audio page, which plays the file, says what the recording is and links its transcript', () => {
    const $ = page('ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/')
    const audio = $('audio')
    expect(fileForUrl(audio.attr('src')!)).toBeDefined()
    const note = $(`#${audio.attr('aria-describedby')}`)
    expect(note.text()).toContain('không phải bản thu tiếng Cơ Tu')
    expect(note.find('a[href="#kich-ban-phat-thanh"]')).toHaveLength(1)
    expect($('#kich-ban-phat-thanh').text()).toContain('Kịch bản phát thanh tiếng Cơ Tu')
    expect(note.find('a[href$="/ktv/bai-giai-thich/am-thanh.xml"]')).toHaveLength(1)
    expect(page('bai-giai-thich/nhan-biet-tin-gia-ve-chinh-sach/')('#nghe-ghi-chu').text()).toContain('giọng máy tổng hợp')
  })
})
