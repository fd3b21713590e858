import { readFileSync } from 'node:fs'
import path from 'node:path'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { distDir } from '../helpers/dist'

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8')
const parser = new Parser()

describe('feeds', () => {
  it('RSS 2.0 of everything parses with a third-party parser and lists drafts and explainers', async () => {
    const feed = await parser.parseString(read('feed.xml'))
    expect(feed.title).toBe('Truyền thông chính sách')
    const titles = feed.items.map((item) => item.title)
    expect(titles).toContain('Tổ công nghệ số cộng đồng sẽ được hỗ trợ những gì?')
    expect(titles.some((title) => title?.startsWith('Quyết định ban hành Quy định hỗ trợ chuyển đổi số'))).toBe(true)
  })

  it('Atom of drafts parses and holds only drafts', async () => {
    const feed = await parser.parseString(read('du-thao/atom.xml'))
    expect(feed.items.length).toBe(4)
    for (const item of feed.items) expect(item.link).toContain('/du-thao/')
  })

  it('JSON Feed 1.1 of explainers carries the content', () => {
    const feed = JSON.parse(read('bai-giai-thich/feed.json'))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items.length).toBeGreaterThanOrEqual(9)
    expect(feed.items[0]).toMatchObject({
      id: expect.any(String),
      url: expect.stringContaining('/bai-giai-thich/'),
      content_html: expect.stringContaining('<'),
    })
  })

  it('has a feed per language that has editions, with the edition language', async () => {
    const feed = await parser.parseString(read('ktv/feed.xml'))
    expect(feed.items.map((item) => item.link)).toEqual([expect.stringContaining('/ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/')])
  })
})
