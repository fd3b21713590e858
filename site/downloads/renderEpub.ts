import { escape } from 'html-escaper'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import type { Book } from './handbookBook'
import type { Block, Inline } from './htmlToBlocks'

// html-escaper escapes the five characters XML needs escaped in text and attributes alike.
const xml = escape

/** The footnotes of one chapter file, numbered from 1, placed after its text as EPUB 3 footnote asides. */
type Notes = string[]

const inlineXhtml = (inlines: Inline[], notes: Notes) =>
  inlines
    .map((inline) => {
      if (inline.footnote !== undefined) {
        notes.push(inline.footnote)
        const n = notes.length
        return `<sup><a epub:type="noteref" id="tham-chieu-${n}" href="#chu-thich-${n}">${n}</a></sup>`
      }
      let body = xml(inline.text)
      if (inline.bold) body = `<strong>${body}</strong>`
      if (inline.italic) body = `<em>${body}</em>`
      return inline.href ? `<a href="${xml(inline.href)}">${body}</a>` : body
    })
    .join('')

function blockXhtml(block: Block, anchor: string, notes: Notes): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level} id="${anchor}">${xml(block.text)}</h${block.level}>`
    case 'paragraph':
      return `<p>${inlineXhtml(block.inlines, notes)}</p>`
    case 'quote':
      return `<blockquote><p>${inlineXhtml(block.inlines, notes)}</p></blockquote>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      return `<${tag}>${block.items.map((item) => `<li>${inlineXhtml(item, notes)}</li>`).join('')}</${tag}>`
    }
    case 'image':
      return `<figure><img src="${xml(block.path)}" alt="${xml(block.alt)}" width="${block.width}" height="${block.height}"/></figure>`
    case 'table': {
      const head = block.header.length > 0 ? `<thead><tr>${block.header.map((cell) => `<th>${xml(cell)}</th>`).join('')}</tr></thead>` : ''
      return `<table>${head}<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${xml(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    }
  }
}

const page = (title: string, body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="vi" xml:lang="vi"><head><meta charset="utf-8"/><title>${xml(title)}</title><link rel="stylesheet" href="style.css"/></head><body>${body}</body></html>\n`

const style =
  'body{font-family:serif;line-height:1.5}h1,h2,h3{font-family:sans-serif;color:#5e1111}table{border-collapse:collapse}th,td{border:1px solid #888;padding:4px}'

/** The whole handbook as EPUB 3: mimetype first and stored, container, package document, navigation, one XHTML per chapter. */
export function renderEpub(book: Book): Buffer {
  const identifier = `urn:uuid:${createHash('sha256')
    .update(`${book.title}|${book.edition}`)
    .digest('hex')
    .replace(/^(.{8})(.{4})(.{3})(.{3})(.{12}).*$/, '$1-$2-5$3-a$4-$5')}`
  const chapters = book.chapters.map((chapter, index) => {
    const file = `chuong-${chapter.order}.xhtml`
    const sections: { id: string; text: string }[] = []
    const notes: Notes = []
    const body = chapter.blocks
      .map((block, blockIndex) => {
        const anchor = `muc-${blockIndex + 1}`
        if (block.type === 'heading' && block.level === 2) sections.push({ id: anchor, text: block.text })
        return blockXhtml(block, anchor, notes)
      })
      .join('\n')
    const footnotes = notes
      .map((note, i) => `<aside epub:type="footnote" id="chu-thich-${i + 1}"><p><a href="#tham-chieu-${i + 1}">${i + 1}.</a> ${xml(note)}</p></aside>`)
      .join('')
    const summary = chapter.summary ? `<p><em>${xml(chapter.summary)}</em></p>` : ''
    return {
      id: `chuong-${index + 1}`,
      file,
      title: `Chương ${chapter.order}. ${chapter.title}`,
      sections,
      xhtml: page(
        chapter.title,
        `<section epub:type="chapter"><h1>${xml(`Chương ${chapter.order}. ${chapter.title}`)}</h1>${summary}${body}${footnotes}</section>`,
      ),
    }
  })
  const nav = page(
    'Mục lục',
    `<nav epub:type="toc" id="toc"><h1>Mục lục</h1><ol>${chapters
      .map(
        (chapter) =>
          `<li><a href="${chapter.file}">${xml(chapter.title)}</a>${chapter.sections.length > 0 ? `<ol>${chapter.sections.map((section) => `<li><a href="${chapter.file}#${section.id}">${xml(section.text)}</a></li>`).join('')}</ol>` : ''}</li>`,
      )
      .join('')}</ol></nav>`,
  )
  // The images of the text, each once, carried in the book under their snapshot path.
  const images = [...new Set(book.chapters.flatMap((chapter) => chapter.blocks.flatMap((block) => (block.type === 'image' ? [block.path] : []))))]
  const mediaTypes: Record<string, string> = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    svg: 'image/svg+xml',
  }
  const modified = `${book.date}T00:00:00Z`
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="vi">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">${identifier}</dc:identifier>
    <dc:title>${xml(book.title)}</dc:title>
    <dc:language>vi</dc:language>
    <dc:publisher>${xml(book.publisher)}</dc:publisher>
    <dc:description>${xml(`Ấn bản ${book.edition}`)}</dc:description>
    <meta property="dcterms:modified">${modified}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="style" href="style.css" media-type="text/css"/>
${chapters.map((chapter) => `    <item id="${chapter.id}" href="${chapter.file}" media-type="application/xhtml+xml"/>`).join('\n')}
${images.map((image, index) => `    <item id="anh-${index + 1}" href="${xml(image)}" media-type="${mediaTypes[path.extname(image).slice(1).toLowerCase()] ?? 'application/octet-stream'}"/>`).join('\n')}
  </manifest>
  <spine>
    <itemref idref="nav"/>
${chapters.map((chapter) => `    <itemref idref="${chapter.id}"/>`).join('\n')}
  </spine>
</package>
`
  const container = `<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n`
  const fixed = new Date(`${book.date}T00:00:00Z`)
  return Buffer.from(
    zipSync(
      {
        // The mimetype entry must come first and be stored uncompressed.
        mimetype: [strToU8('application/epub+zip'), { level: 0, mtime: fixed }],
        'META-INF/container.xml': [strToU8(container), { mtime: fixed }],
        'OEBPS/content.opf': [strToU8(opf), { mtime: fixed }],
        'OEBPS/nav.xhtml': [strToU8(nav), { mtime: fixed }],
        'OEBPS/style.css': [strToU8(style), { mtime: fixed }],
        ...Object.fromEntries(chapters.map((chapter) => [`OEBPS/${chapter.file}`, [strToU8(chapter.xhtml), { mtime: fixed }]])),
        ...Object.fromEntries(
          images.map((image) => [`OEBPS/${image}`, [new Uint8Array(readFileSync(path.join(book.assetsDir, image))), { mtime: fixed, level: 0 }]]),
        ),
      },
      { level: 9 },
    ),
  )
}
