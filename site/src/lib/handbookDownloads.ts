import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { snapshotDir } from './snapshotDir'
import { handbookBook } from '../../downloads/handbookBook'
import { renderDocx } from '../../downloads/renderDocx'
import { renderEpub } from '../../downloads/renderEpub'
import { renderPdf } from '../../downloads/renderPdf'
import { cachedFile } from './buildCache'
import type { Site } from './content'
import { authority } from './authority'

export type Download = { format: 'PDF' | 'EPUB' | 'DOCX'; name: string; bytes: number; file: string; mimeType: string }
export type HandbookDownloads = { book: Download[]; chapters: Map<string, Download> }

const mimeTypes = { PDF: 'application/pdf', EPUB: 'application/epub+zip', DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }
// Bump when the templates or writers change, so cached downloads are made again.
const writersVersion = [5, await readFile(path.resolve('site/downloads/handbook.typ'), 'utf8')]

// Once per build: each build loads its own Site.
const madeFor = new WeakMap<Site, Promise<HandbookDownloads>>()

/**
 * The handbook downloads: the whole book as PDF, EPUB and DOCX and each chapter as PDF. Each file is made only
 * when its content changed (cached by content), so a rebuild does not pay for unchanged chapters.
 */
export function handbookDownloads(site: Site): Promise<HandbookDownloads> {
  const known = madeFor.get(site)
  if (known) return known
  const downloads = (async () => {
    const book = handbookBook(site.handbookChapters, authority.name, snapshotDir)
    const make = async (format: Download['format'], name: string, inputs: unknown, render: () => Promise<Buffer> | Buffer): Promise<Download> => {
      const { file } = await cachedFile({ download: writersVersion, format, inputs }, async () => render())
      return { format, name, file, bytes: (await stat(file)).size, mimeType: mimeTypes[format] }
    }
    const bookName = 'so-tay-truyen-thong-chinh-sach'
    const bookDownloads = await Promise.all([
      make('PDF', `${bookName}.pdf`, book, () => renderPdf(book)),
      make('EPUB', `${bookName}.epub`, book, () => renderEpub(book)),
      make('DOCX', `${bookName}.docx`, book, () => renderDocx(book)),
    ])
    const chapters = new Map<string, Download>()
    for (const chapter of book.chapters) {
      chapters.set(
        chapter.slug,
        await make('PDF', `so-tay-chuong-${chapter.order}-${chapter.slug}.pdf`, { book: { ...book, chapters: [] }, chapter }, () => renderPdf(book, chapter)),
      )
    }
    return { book: bookDownloads, chapters }
  })()
  madeFor.set(site, downloads)
  return downloads
}
