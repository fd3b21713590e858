import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Book, BookChapter } from './handbookBook'
import { loadFonts } from './fonts'

// Relative to the repository root, where builds run (this module is bundled into Astro's build output).
const workspace = path.resolve('site/downloads')
let compiler: Promise<NodeCompiler> | undefined

/** One Typst compiler per build, with the fonts loaded once. */
function typst(): Promise<NodeCompiler> {
  compiler ??= loadFonts().then((fontBlobs) => NodeCompiler.create({ workspace, fontArgs: [{ fontBlobs }] }))
  return compiler
}

/**
 * A tagged PDF/UA-1 of the whole handbook (cover, contents with page numbers, bookmarks from headings, page numbers)
 * or of one chapter, from handbook.typ with the text passed as JSON data.
 */
export async function renderPdf(book: Book, chapter?: BookChapter): Promise<Buffer> {
  const compile = await typst()
  const data = {
    book,
    isChapter: Boolean(chapter),
    title: chapter ? `Chương ${chapter.order}. ${chapter.title}` : book.title,
    chapters: chapter ? [chapter] : book.chapters,
  }
  compile.mapShadow(path.join(workspace, 'data.json'), Buffer.from(JSON.stringify(data)))
  // The text's images, read from the snapshot and seen by Typst beside the template.
  for (const block of data.chapters.flatMap((item) => item.blocks)) {
    if (block.type === 'image') compile.mapShadow(path.join(workspace, block.path), await readFile(path.join(book.assetsDir, block.path)))
  }
  const result = compile.compile({ mainFilePath: path.join(workspace, 'handbook.typ') })
  const document = result.result
  if (!document) {
    const diagnostics = result.takeDiagnostics()
    throw new Error(`Typst could not compile the handbook: ${JSON.stringify(diagnostics?.shortDiagnostics ?? diagnostics)}`)
  }
  // PDF/UA-1: tagged, with title, language and reading order, for screen readers.
  return compile.pdf(document, { pdfStandard: 'ua-1' })
}
