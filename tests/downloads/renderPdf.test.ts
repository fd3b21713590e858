import { describe, expect, it } from 'vitest'
import type { SnapshotHandbookChapter } from '../../shared/snapshot'
import { handbookBook } from '../../site/downloads/handbookBook'
import { renderPdf } from '../../site/downloads/renderPdf'
import { readPdf, words } from '../helpers/pdfText'

const text = 'Đồng bào Cơ Tu ở Tây Giang được hỗ trợ kịp thời; Mục lục, Trọng tâm, ụ ị ọ ạ ẹ ỵ ự ợ.'
const chapter = (body: string): SnapshotHandbookChapter => ({
  id: 'c1',
  slug: 'thu',
  edition: '2023–2026',
  order: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
  images: [],
  editions: { vi: { title: 'Chương thử: Kịp thời', bodyHtml: `<h2>Trọng tâm</h2><p>${body}</p><p><strong>${body}</strong></p>` } },
})

describe('renderPdf', () => {
  it('keeps every Vietnamese letter on copy/paste, in regular and bold text', async () => {
    const book = handbookBook([chapter(text)], 'Ủy ban nhân dân tỉnh')
    const pdf = await readPdf(await renderPdf(book, book.chapters[0]))
    for (const word of words(text)) expect(pdf.text, word).toContain(word)
  })

  it('sets a footnote at the foot of the page, numbered, after the text that cites it', async () => {
    const book = handbookBook([chapter('Theo luật<span data-footnote="Luật số 64/2025/QH15, Điều 6."></span> mới')], 'Ủy ban nhân dân tỉnh')
    const pdf = await readPdf(await renderPdf(book, book.chapters[0]))
    const page = pdf.pages.find((text) => text.includes('Luật số 64/2025/QH15, Điều 6.'))!.replace(/\s+/g, ' ')
    expect(page).toMatch(/Theo luật ?1 mới/)
    expect(page.indexOf('mới')).toBeLessThan(page.indexOf('Luật số 64/2025/QH15, Điều 6.'))
  })

  it('gives the same text when the chapter was entered decomposed (NFD)', async () => {
    const book = handbookBook([chapter(text.normalize('NFD'))], 'Ủy ban nhân dân tỉnh')
    const pdf = await readPdf(await renderPdf(book, book.chapters[0]))
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(text)
  })
})
