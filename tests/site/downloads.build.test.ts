import { unzipSync, strFromU8 } from 'fflate'
import mammoth from 'mammoth'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../site/src/lib/htmlToText'
import type { SnapshotHandbookChapter } from '../../shared/snapshot'
import { basePath, distDir, fileForUrl, leakMarker, page } from '../helpers/dist'
import { readPdf, words } from '../helpers/pdfText'

const chapters = JSON.parse(readFileSync(path.join(distDir, '..', 'snapshot', 'handbookChapters.json'), 'utf8')) as SnapshotHandbookChapter[]
const file = (name: string) => readFileSync(path.join(distDir, 'tai-ve', name))
const chapterText = (chapter: SnapshotHandbookChapter) => htmlToText(chapter.editions.vi.bodyHtml)

// The first chapter cites two legal documents in footnotes (content/handbook, `^[…]`).
const footnotes = [
  'Luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội, Điều 6 khoản 4.',
  'Luật số 91/2025/QH15 ngày 26 tháng 6 năm 2025 của Quốc hội, có hiệu lực từ ngày 01 tháng 01 năm 2026.',
]

// The fifth chapter shows an image (content/handbook, ![alt](file)).
const imageAlt = 'Hai loa truyền thanh trên cột ở đầu thôn phát về hai phía, phía sau là nhà rông của làng.'

/** How many times each word occurs. */
const counts = (list: string[]) => list.reduce((map, word) => map.set(word, (map.get(word) ?? 0) + 1), new Map<string, number>())

describe('handbook PDFs', () => {
  it('give each chapter as a PDF whose text has every word of the chapter, diacritics intact', async () => {
    expect(chapters).toHaveLength(6)
    for (const chapter of chapters) {
      const pdf = await readPdf(file(`so-tay-chuong-${chapter.order}-${chapter.slug}.pdf`))
      const inPdf = counts(words(pdf.text))
      const missing = words(chapterText(chapter)).filter((word) => !inPdf.has(word))
      expect(missing, chapter.slug).toEqual([])
      expect(pdf.text.replace(/\s+/g, ' ')).toContain(chapter.editions.vi.title)
      expect(pdf.text.normalize('NFC')).toBe(pdf.text)
    }
  })

  it('give the whole book with a contents page, every chapter and a bookmark for every heading', async () => {
    const pdf = await readPdf(file('so-tay-truyen-thong-chinh-sach.pdf'))
    expect(pdf.pages[1]).toContain('Mục lục')
    for (const chapter of chapters) {
      expect(pdf.outline).toContain(`Chương ${chapter.order}. ${chapter.editions.vi.title}`)
      for (const heading of chapter.editions.vi.bodyHtml.matchAll(/<h2>(.*?)<\/h2>/g)) expect(pdf.outline).toContain(htmlToText(heading[1]!))
    }
  })

  it('set footnotes as real footnotes at the foot of the page that cites them', async () => {
    const pdf = await readPdf(file(`so-tay-chuong-1-${chapters[0]!.slug}.pdf`))
    for (const note of footnotes) {
      const onPage = pdf.pages.find((text) => text.replace(/\s+/g, ' ').includes(note))
      expect(onPage, note).toBeDefined()
      // The note sits below the text that cites it, on the same page.
      const cited = note.startsWith('Luật') ? 'yêu cầu công khai việc tiếp thu' : 'áp dụng cho cả hoạt động truyền thông'
      const flat = onPage!.replace(/\s+/g, ' ')
      expect(flat.indexOf(cited), note).toBeGreaterThanOrEqual(0)
      expect(flat.indexOf(cited)).toBeLessThan(flat.indexOf(note))
    }
  })

  it('show the text’s images with their alt text for screen readers', async () => {
    const bytes = file(`so-tay-chuong-5-${chapters[4]!.slug}.pdf`)
    expect(bytes.toString('latin1')).toMatch(/\/Subtype\s*\/Image/)
    const pdf = await readPdf(bytes)
    expect(pdf.figureAlts).toContain(imageAlt)
    expect(file(`so-tay-chuong-1-${chapters[0]!.slug}.pdf`).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/)
  })

  it('embed their fonts, declare title and language and conform to PDF/UA-1', () => {
    const bytes = file('so-tay-truyen-thong-chinh-sach.pdf').toString('latin1')
    expect(bytes).toMatch(/\/FontFile[23]?/)
    expect(bytes).toMatch(/\/Lang\s*\((vi|vi-VN)\)/)
    expect(bytes).toContain('/StructTreeRoot')
    expect(bytes).toMatch(/pdfuaid:part>1<|pdfuaid:part="1"/)
  })
})

describe('the handbook as EPUB 3', () => {
  const bytes = file('so-tay-truyen-thong-chinh-sach.epub')
  const entries = unzipSync(new Uint8Array(bytes))

  it('stores the mimetype first and uncompressed', () => {
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype')
    expect(bytes.readUInt16LE(8)).toBe(0)
    expect(strFromU8(entries.mimetype!)).toBe('application/epub+zip')
  })

  it('has a container, a package document in Vietnamese, a navigation document and every manifest item', () => {
    expect(strFromU8(entries['META-INF/container.xml']!)).toContain('full-path="OEBPS/content.opf"')
    const opf = strFromU8(entries['OEBPS/content.opf']!)
    expect(opf).toContain('<dc:language>vi</dc:language>')
    expect(opf).toContain('<meta property="dcterms:modified">')
    for (const href of opf.matchAll(/href="([^"]+)"/g)) expect(entries[`OEBPS/${href[1]}`], href[1]).toBeDefined()
    const nav = strFromU8(entries['OEBPS/nav.xhtml']!)
    expect(nav).toContain('epub:type="toc"')
    expect((nav.match(/<li>/g) ?? []).length).toBeGreaterThan(chapters.length)
  })

  it('carries every chapter with its text', () => {
    for (const chapter of chapters) {
      const xhtml = strFromU8(entries[`OEBPS/chuong-${chapter.order}.xhtml`]!)
      expect(xhtml).toContain('xml:lang="vi"')
      expect(htmlToText(xhtml)).toContain(chapterText(chapter).slice(0, 200))
    }
  })

  it('carries the images of the text with their alt text', () => {
    const xhtml = strFromU8(entries['OEBPS/chuong-5.xhtml']!)
    const src = /<img src="([^"]+)" alt="([^"]+)"/.exec(xhtml)
    expect(src?.[2]).toBe(imageAlt)
    expect(entries[`OEBPS/${src![1]}`]!.length).toBeGreaterThan(1000)
    expect(strFromU8(entries['OEBPS/content.opf']!)).toContain(`href="${src![1]}" media-type="image/png"`)
  })

  it('links footnote references to EPUB 3 footnotes', () => {
    const xhtml = strFromU8(entries['OEBPS/chuong-1.xhtml']!)
    expect(xhtml.match(/epub:type="noteref"/g)).toHaveLength(footnotes.length)
    footnotes.forEach((note, index) =>
      expect(xhtml).toContain(
        `<aside epub:type="footnote" id="chu-thich-${index + 1}"><p><a href="#tham-chieu-${index + 1}">${index + 1}.</a> ${note}</p></aside>`,
      ),
    )
  })
})

describe('the handbook as DOCX', () => {
  it('reads back with its chapter headings and text', async () => {
    const buffer = file('so-tay-truyen-thong-chinh-sach.docx')
    const { value: html } = await mammoth.convertToHtml({ buffer })
    for (const chapter of chapters) expect(html).toContain(`<h1>Chương ${chapter.order}. ${chapter.editions.vi.title}</h1>`)
    expect(html).toContain('<table>')
    const { value: text } = await mammoth.extractRawText({ buffer })
    expect(text.replace(/\s+/g, ' ')).toContain(chapterText(chapters[0]!).slice(0, 120))
  })

  it('has the images of the text, described for screen readers', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: file('so-tay-truyen-thong-chinh-sach.docx') })
    expect(html).toContain(`<img alt="${imageAlt}" src="data:image/png;base64,`)
  })

  it('has real Word footnotes', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: file('so-tay-truyen-thong-chinh-sach.docx') })
    expect(html.match(/<sup><a href="#footnote-\d+" id="footnote-ref-\d+">/g)).toHaveLength(footnotes.length)
    for (const note of footnotes) expect(html).toMatch(new RegExp(`<li id="footnote-\\d+"><p>${note.replace(/[.()]/g, '\\$&')}`))
  })
})

describe('downloads on the site', () => {
  it('are offered on the handbook index and each chapter page with format and size', () => {
    const index = page('so-tay/')
    expect(index('.ttcs-downloads a[download]')).toHaveLength(3)
    expect(index('.ttcs-downloads').text()).toMatch(/PDF, \d+(,\d)? KB[\s\S]*EPUB, \d+(,\d)? KB[\s\S]*DOCX, \d+(,\d)? KB/)
    const chapter = page(`so-tay/${chapters[1]!.slug}/`)
    const links = chapter('.ttcs-downloads a[download]')
      .map((_, link) => chapter(link).attr('href'))
      .get()
    expect(links[0]).toBe(`${basePath}tai-ve/so-tay-chuong-2-${chapters[1]!.slug}.pdf`)
    for (const link of links) expect(fileForUrl(link)).toBeDefined()
  })

  it('never contain an unpublished chapter', async () => {
    const pdf = await readPdf(file('so-tay-truyen-thong-chinh-sach.pdf'))
    expect(pdf.text).not.toContain(leakMarker)
    const epub = unzipSync(new Uint8Array(file('so-tay-truyen-thong-chinh-sach.epub')))
    expect(Object.values(epub).some((entry) => strFromU8(entry).includes(leakMarker))).toBe(false)
    const { value } = await mammoth.extractRawText({ buffer: file('so-tay-truyen-thong-chinh-sach.docx') })
    expect(value).not.toContain(leakMarker)
  })
})
