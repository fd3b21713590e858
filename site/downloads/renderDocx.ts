import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { Book } from './handbookBook'
import type { Block, Inline } from './htmlToBlocks'

/** Footnotes of the document being written, numbered from 1 in reading order as Word expects. */
type Footnotes = Record<number, { children: Paragraph[] }>

const runs = (inlines: Inline[], footnotes: Footnotes) =>
  inlines.map((inline) => {
    if (inline.footnote !== undefined) {
      const id = Object.keys(footnotes).length + 1
      footnotes[id] = { children: [new Paragraph({ text: inline.footnote })] }
      return new FootnoteReferenceRun(id)
    }
    const run = new TextRun({ text: inline.text, bold: inline.bold, italics: inline.italic, style: inline.href ? 'Hyperlink' : undefined })
    return inline.href ? new ExternalHyperlink({ link: inline.href, children: [run] }) : run
  })

const headingLevels = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const

// Word takes these raster formats; anything else is described by its alt text instead.
const wordImageTypes = { png: 'png', jpg: 'jpg', jpeg: 'jpg', gif: 'gif', bmp: 'bmp' } as const

function blockToDocx(block: Block, listIndex: number, footnotes: Footnotes, assetsDir: string): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: headingLevels[block.level] })]
    case 'paragraph':
      return [new Paragraph({ children: runs(block.inlines, footnotes) })]
    case 'quote':
      return [new Paragraph({ children: runs(block.inlines, footnotes), style: 'Quote' })]
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runs(item, footnotes),
            numbering: block.ordered ? { reference: 'so-thu-tu', level: 0, instance: listIndex } : undefined,
            bullet: block.ordered ? undefined : { level: 0 },
          }),
      )
    case 'table': {
      const row = (cells: string[], isHeader: boolean) =>
        new TableRow({
          tableHeader: isHeader,
          children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: isHeader })] })] })),
        })
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))],
        }),
      ]
    }
    case 'image': {
      const type = wordImageTypes[path.extname(block.path).slice(1).toLowerCase() as keyof typeof wordImageTypes]
      if (!type) return [new Paragraph({ children: [new TextRun({ text: `[${block.alt}]`, italics: true })] })]
      const width = Math.min(600, block.width)
      const image = new ImageRun({
        type,
        data: readFileSync(path.join(assetsDir, block.path)),
        transformation: { width, height: Math.round((width * block.height) / block.width) },
        altText: { name: path.basename(block.path), title: block.alt, description: block.alt },
      })
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [image] })]
    }
  }
}

/** The whole handbook as DOCX, with real headings (so Word builds the navigation pane and contents), lists, tables and footnotes. */
export function renderDocx(book: Book): Promise<Buffer> {
  let lists = 0
  const footnotes: Footnotes = {}
  const children = book.chapters.flatMap((chapter) => [
    new Paragraph({ text: `Chương ${chapter.order}. ${chapter.title}`, heading: HeadingLevel.HEADING_1, pageBreakBefore: chapter.order > 1 }),
    ...(chapter.summary ? [new Paragraph({ children: [new TextRun({ text: chapter.summary, italics: true })] })] : []),
    ...chapter.blocks.flatMap((block) => blockToDocx(block, block.type === 'list' && block.ordered ? ++lists : 0, footnotes, book.assetsDir)),
  ])
  const document = new Document({
    title: book.title,
    creator: book.publisher,
    description: `Ấn bản ${book.edition}`,
    footnotes,
    styles: { default: { document: { run: { font: 'Noto Serif', size: 22 } } } },
    numbering: { config: [{ reference: 'so-thu-tu', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: book.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: `${book.publisher} · Ấn bản ${book.edition}` }),
          ...children,
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
