import { readFileSync } from 'node:fs'
import path from 'node:path'
import ical, { type VEvent } from 'node-ical'
import Parser from 'rss-parser'
import { localDay } from '../../shared/localDay'
import { describe, expect, it } from 'vitest'
import { basePath, distDir, distFiles, page, redirectFiles } from '../helpers/dist'

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

describe('feeds per agency and per topic, and the index of agencies', () => {
  it('dates every item by publication, never after the build, nor the feed itself', async () => {
    const builtAt = Date.now()
    for (const file of ['feed.xml', 'du-thao/feed.xml']) {
      const feed = await parser.parseString(read(file))
      for (const item of feed.items) expect(Date.parse(item.isoDate!), `${file}: ${item.title}`).toBeLessThanOrEqual(builtAt)
      expect(Date.parse(feed.lastBuildDate!)).toBeLessThanOrEqual(builtAt)
    }
    // The demo has a consultation that opens in the future; it is in the feed, dated the day it was published.
    const json = JSON.parse(read('du-thao/feed.json'))
    expect(json.items.some((item: { url: string }) => item.url.includes('/du-thao/nghi-quyet-ho-tro-hoc-sinh-dan-toc-thieu-so/'))).toBe(true)
  })

  it('gives each agency with published items its own RSS, Atom and JSON Feed, advertised and linked on its page, holding only its items', async () => {
    const agency = 'co-quan/so-khoa-hoc-va-cong-nghe/'
    const $ = page(agency)
    for (const [type, file] of [
      ['application/rss+xml', 'feed.xml'],
      ['application/atom+xml', 'atom.xml'],
      ['application/feed+json', 'feed.json'],
    ])
      expect($(`link[rel=alternate][type="${type}"]`).first().attr('href')).toBe(`${basePath}${agency}${file}`)
    expect($(`main a[href="${basePath}${agency}feed.xml"]`).length).toBe(1)
    const feed = await parser.parseString(read(`${agency}feed.xml`))
    expect(feed.title).toBe('Truyền thông chính sách: Sở Khoa học và Công nghệ')
    const links = feed.items.map((item) => item.link!)
    expect(links.length).toBeGreaterThan(0)
    // Everything on the agency's page, and nothing of another agency's.
    const onPage = $('main a[href]')
      .map((_, link) => $(link).attr('href'))
      .get()
      .filter((href) => /\/(du-thao|bai-giai-thich)\/[^/]+\/$/.test(href))
    for (const href of onPage) expect(links.map((link) => new URL(link).pathname)).toContain(href)
    const everything = await parser.parseString(read('feed.xml'))
    expect(links.length).toBeLessThan(everything.items.length)
  })

  it('gives each topic its own feeds, linked on its page', async () => {
    const topic = distFiles.find((file) => /^linh-vuc\/[^/]+\/index\.html$/.test(file))!.replace('index.html', '')
    const $ = page(topic)
    expect($(`main a[href="${basePath}${topic}atom.xml"]`).length).toBe(1)
    const feed = JSON.parse(read(`${topic}feed.json`))
    expect(feed.title).toBe(
      `Truyền thông chính sách: ${$('h1')
        .text()
        .replace(/^Lĩnh vực:?\s*/, '')}`,
    )
    expect(feed.items.length).toBeGreaterThan(0)
  })

  it('gives each document type its drafts feed, linked on its list of drafts, holding only drafts of that type', async () => {
    const lists = distFiles.filter((file) => /^du-thao\/loai-van-ban\/[^/]+\/index\.html$/.test(file)).map((file) => file.replace('index.html', ''))
    expect(lists.length).toBeGreaterThan(0)
    let withFeeds = 0
    for (const list of lists) {
      const $ = page(list)
      const onPage = new Set(
        $('main a[href*="/du-thao/"]')
          .map((_, link) => $(link).attr('href'))
          .get()
          .filter((href) => /\/du-thao\/[^/]+\/$/.test(href) && !href.endsWith('/loai-van-ban/')),
      )
      // A type with no drafts has an empty list and no feed.
      expect($(`main a[href="${basePath}${list}feed.xml"]`).length, list).toBe(onPage.size > 0 ? 1 : 0)
      if (onPage.size === 0) continue
      withFeeds++
      const feed = await parser.parseString(read(`${list}feed.xml`))
      expect(new Set(feed.items.map((item) => new URL(item.link!).pathname))).toEqual(onPage)
    }
    expect(withFeeds).toBeGreaterThan(0)
  })

  it('lists every agency on /co-quan/, grouped by kind, each linking to its page (not to old addresses that only redirect), and every page links the list', () => {
    const agencyPages = distFiles.filter((file) => /^co-quan\/[^/]+\/index\.html$/.test(file) && !redirectFiles.includes(file))
    expect(agencyPages.length).toBeGreaterThan(20)
    const $ = page('co-quan/')
    expect($('h1').text()).toBe('Các cơ quan')
    expect($('main h2').length).toBeGreaterThan(1)
    const linked = new Set(
      $('main a[href]')
        .map((_, link) => $(link).attr('href'))
        .get(),
    )
    for (const file of agencyPages) expect(linked, file).toContain(`${basePath}${file.replace('index.html', '')}`)
    expect(page('').root().find(`footer a[href="${basePath}co-quan/"]`).length).toBe(1)
  })
})

describe('calendars (iCalendar)', () => {
  const text = (value: unknown) => (typeof value === 'string' ? value : String((value as { val?: string } | undefined)?.val ?? ''))
  const events = (file: string) => Object.values(ical.sync.parseICS(read(file))).filter((entry): entry is VEvent => entry?.type === 'VEVENT')

  it('put every open or coming consultation in the calendar as its opening and closing days, in Vietnam time, and briefings at their hour', () => {
    const all = events('lich.ics')
    const draft = JSON.parse(read('api/v1/drafts/quy-dinh-ho-tro-chuyen-doi-so-cap-xa.json'))
    const closing = all.find((event) => text(event.summary) === `Hạn cuối góp ý: ${draft.editions.vi.title}`)
    expect(closing, 'closing day of the open draft').toBeDefined()
    expect(closing!.datetype).toBe('date')
    expect(text(closing!.url)).toContain('/du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/')
    // The last day for comments in Vietnam, whatever the reader's or the server's zone.
    const day = closing!.start
    expect(`${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`).toBe(localDay(draft.closesAt))
    expect(all.some((event) => text(event.summary).startsWith('Bắt đầu lấy ý kiến: '))).toBe(true)
    const briefing = all.find((event) => text(event.url).includes('/hop-bao/'))!
    expect(briefing.datetype).toBe('date-time')
  })

  it('gives every event a UID made from its document, so a calendar program updates it instead of adding a copy', () => {
    const all = events('lich.ics')
    const uids = all.map((event) => event.uid)
    expect(new Set(uids).size).toBe(uids.length)
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f-]{36}(-mo|-dong)?@/)
    // The same events in an agency's calendar carry the same UIDs.
    const agency = events('co-quan/so-khoa-hoc-va-cong-nghe/lich.ics')
    expect(agency.length).toBeGreaterThan(0)
    expect(agency.length).toBeLessThan(all.length)
    for (const event of agency) expect(uids).toContain(event.uid)
  })

  it('is advertised on every page and linked on the agency pages that have events', () => {
    expect(page('').root().find(`link[rel=alternate][type="text/calendar"]`).attr('href')).toBe(`${basePath}lich.ics`)
    const $ = page('co-quan/so-khoa-hoc-va-cong-nghe/')
    expect($(`main a[href="${basePath}co-quan/so-khoa-hoc-va-cong-nghe/lich.ics"]`).text()).toBe('Lịch (iCalendar)')
  })
})
