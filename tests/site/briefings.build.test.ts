import { readFileSync } from 'node:fs'
import path from 'node:path'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { basePath, distDir, fileForUrl, page } from '../helpers/dist'

describe('press briefings', () => {
  it('are listed newest first and each has a page with date, agency, spokespersons and materials', () => {
    const titles = page('hop-bao/')('.ttcs-card__title')
      .map((_, el) => page('hop-bao/')(el).text())
      .get()
    expect(titles).toEqual(['Giao ban báo chí tháng 10 năm 2026', 'Họp báo giới thiệu dự thảo quy định hạn mức giao đất ở và tách thửa'])
    const $ = page('hop-bao/giao-ban-bao-chi-thang-10-2026/')
    expect($('dl time').first().text()).toMatch(/^ngày \d{1,2} tháng \d{1,2} năm \d{4}$/)
    expect($('dl').text()).toContain('Văn phòng Ủy ban nhân dân thành phố')
    expect($('dl').text()).toContain('Hồ Quang Vinh')
    const material = $('#tai-lieu').parent().find('a[download]')
    expect(material.text()).toBe('Thông cáo báo chí giao ban tháng 10 năm 2026')
    expect(fileForUrl(material.attr('href')!)).toBeDefined()
    expect(JSON.parse($('script[type="application/ld+json"]').html()!)['@type']).toBe('Event')
  })

  it('are in the feed of everything', async () => {
    const feed = await new Parser().parseString(readFileSync(path.join(distDir, 'feed.xml'), 'utf8'))
    expect(feed.items.map((item) => item.link)).toContainEqual(expect.stringContaining(`${basePath}hop-bao/giao-ban-bao-chi-thang-10-2026/`))
  })

  it('and the spokespersons are on the page for newsrooms, with the feeds', () => {
    const $ = page('bao-chi/')
    expect($('h2:contains("Liên hệ người phát ngôn")').next('ul').text()).toContain('Trần Minh Khoa')
    expect($(`a[href="${basePath}feed.xml"]`).length).toBeGreaterThan(0)
    expect($(`a[href="${basePath}hop-bao/giao-ban-bao-chi-thang-10-2026/"]`)).toHaveLength(1)
  })
})
