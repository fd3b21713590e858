import type { SnapshotHandbookChapter } from '../../shared/snapshot'
import { type Block, htmlToBlocks } from './htmlToBlocks'

export type BookChapter = { order: number; title: string; slug: string; summary?: string; blocks: Block[] }
/** `assetsDir`: the snapshot folder, where the images of the text are. */
export type Book = { title: string; edition: string; publisher: string; language: 'vi'; date: string; assetsDir: string; chapters: BookChapter[] }

/** The handbook as data for the writers: published chapters in order, their text as blocks. */
export function handbookBook(chapters: SnapshotHandbookChapter[], publisher: string, assetsDir = ''): Book {
  const sorted = [...chapters].sort((a, b) => a.order - b.order)
  const latest =
    sorted
      .map((chapter) => chapter.updatedAt)
      .sort()
      .at(-1) ?? new Date().toISOString()
  return {
    title: 'Sổ tay truyền thông chính sách',
    edition: sorted[0]?.edition ?? '',
    publisher,
    language: 'vi',
    date: latest.slice(0, 10),
    assetsDir,
    chapters: sorted.map((chapter) => ({
      order: chapter.order,
      title: chapter.editions.vi.title.normalize('NFC'),
      slug: chapter.slug,
      summary: chapter.editions.vi.summary?.normalize('NFC'),
      blocks: htmlToBlocks(chapter.editions.vi.bodyHtml.normalize('NFC')),
    })),
  }
}
