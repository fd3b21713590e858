// bench/pdf: time to make one handbook chapter and a generated ~120-page handbook as PDF (Typst), and the
// whole book as EPUB and DOCX; every section has a footnote and every chapter an image, as real chapters may.
// Usage: npm run bench:pdf
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import type { SnapshotHandbookChapter } from '../../shared/snapshot'
import { paragraphs, seededRandom, title } from '../corpus/vietnameseText'
import { handbookBook } from '../../site/downloads/handbookBook'
import { renderDocx } from '../../site/downloads/renderDocx'
import { renderEpub } from '../../site/downloads/renderEpub'
import { renderPdf } from '../../site/downloads/renderPdf'

const assetsDir = await mkdtemp(path.join(tmpdir(), 'ttcs-bench-pdf-'))
await mkdir(path.join(assetsDir, 'media'))
await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#7f5539' } })
  .png()
  .toFile(path.join(assetsDir, 'media/hinh.png'))
const figure = '<figure><img data-image-id="hinh" src="media/hinh.png" alt="Hình minh họa" width="1600" height="900"></figure>'
const random = seededRandom(120)
const chapters: SnapshotHandbookChapter[] = Array.from({ length: 12 }, (_, index) => ({
  id: `c${index}`,
  slug: `chuong-${index + 1}`,
  edition: '2023–2026',
  order: index + 1,
  images: [],
  updatedAt: '2026-11-01T00:00:00.000Z',
  editions: {
    vi: {
      title: title(random),
      bodyHtml:
        figure +
        Array.from(
          { length: 8 },
          () =>
            `<h2>${title(random)}</h2>${paragraphs(random, 7)
              .map((p, i) => `<p>${p}${i === 0 ? `<span data-footnote="${title(random)}."></span>` : ''}</p>`)
              .join('')}<ul><li>${title(random)}</li><li>${title(random)}</li></ul>`,
        ).join(''),
    },
  },
}))
const book = handbookBook(chapters, 'Ủy ban nhân dân thành phố Đà Nẵng', assetsDir)

async function time<T>(label: string, work: () => Promise<T> | T, describe: (result: T) => string) {
  const started = performance.now()
  const result = await work()
  console.log(`${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(2).padStart(6)} s  ${describe(result)}`)
}

await renderPdf(book, book.chapters[0]) // warm-up: fonts load once per build
await time(
  'one chapter as PDF',
  () => renderPdf(book, book.chapters[1]),
  (pdf) => `${Math.round(pdf.length / 1024)} KB (goal ≤ 0.5 s)`,
)
await time(
  'whole handbook as PDF',
  () => renderPdf(book),
  (pdf) => `${Math.round(pdf.length / 1024)} KB, ${(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length} pages (goal ≤ 3 s)`,
)
await time(
  'whole handbook as EPUB',
  () => renderEpub(book),
  (epub) => `${Math.round(epub.length / 1024)} KB`,
)
await time(
  'whole handbook as DOCX',
  () => renderDocx(book),
  (docx) => `${Math.round(docx.length / 1024)} KB`,
)
await rm(assetsDir, { recursive: true, force: true })
