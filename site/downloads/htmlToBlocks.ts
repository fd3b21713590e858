import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser'

/** A run of text with its emphasis and link, as every output format needs it; or a footnote at that point. */
export type Inline = { text: string; bold?: boolean; italic?: boolean; href?: string; footnote?: string }
export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; header: string[]; rows: string[][] }
  | { type: 'quote'; inlines: Inline[] }
  /** An image of the text: `path` inside the snapshot, with its alt text and size. */
  | { type: 'image'; path: string; alt: string; width: number; height: number }

function inlines(node: Node, style: Omit<Inline, 'text'> = {}): Inline[] {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = node.text.replace(/\s+/g, ' ')
    return text ? [{ text, ...style }] : []
  }
  const element = node as HTMLElement
  const tag = element.tagName?.toLowerCase()
  if (tag === 'br') return [{ text: ' ', ...style }]
  const footnote = element.getAttribute?.('data-footnote')
  if (footnote !== undefined) return [{ text: '', footnote: footnote.replace(/\s+/g, ' ').trim() }]
  const next = {
    ...style,
    ...(tag === 'strong' || tag === 'b' ? { bold: true } : {}),
    ...(tag === 'em' || tag === 'i' ? { italic: true } : {}),
    ...(tag === 'a' && element.getAttribute('href') ? { href: element.getAttribute('href') } : {}),
  }
  return element.childNodes.flatMap((child) => inlines(child, next))
}

const plain = (element: HTMLElement) => element.text.replace(/\s+/g, ' ').trim()

/**
 * Turns the rich-text HTML of the snapshot into a small block model (headings, paragraphs, lists, tables),
 * which the PDF (Typst), EPUB and DOCX writers share. Text stays data: no writer escapes it by hand.
 */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = []
  for (const element of parse(html).childNodes.filter((node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE)) {
    const tag = element.tagName.toLowerCase()
    if (/^h[2-6]$/.test(tag)) blocks.push({ type: 'heading', level: Math.min(4, Number(tag[1])) as 2 | 3 | 4, text: plain(element) })
    else if (tag === 'p') blocks.push({ type: 'paragraph', inlines: inlines(element) })
    else if (tag === 'blockquote') blocks.push({ type: 'quote', inlines: inlines(element) })
    else if (tag === 'figure' && element.querySelector('img[data-image-id]')) {
      const image = element.querySelector('img')!
      blocks.push({
        type: 'image',
        path: image.getAttribute('src') ?? '',
        alt: image.getAttribute('alt') ?? '',
        width: Number(image.getAttribute('width')),
        height: Number(image.getAttribute('height')),
      })
    } else if (tag === 'ul' || tag === 'ol')
      blocks.push({ type: 'list', ordered: tag === 'ol', items: element.querySelectorAll('li').map((item) => inlines(item)) })
    // Lexical wraps tables in a container div.
    else if (tag === 'table' || element.querySelector('table')) {
      const table = tag === 'table' ? element : element.querySelector('table')!
      const rows = table.querySelectorAll('tr').map((row) => row.querySelectorAll('th, td').map(plain))
      const hasHeader = table.querySelector('tr')?.querySelector('th') !== null
      blocks.push({ type: 'table', header: hasHeader ? (rows[0] ?? []) : [], rows: hasHeader ? rows.slice(1) : rows })
    } else if (plain(element)) blocks.push({ type: 'paragraph', inlines: inlines(element) })
  }
  return blocks
}

/** The plain text of blocks, for checks and search. */
export function blocksText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'heading') return block.text
      if (block.type === 'list') return block.items.map((item) => item.map((inline) => inline.text).join('')).join('\n')
      if (block.type === 'table') return [block.header, ...block.rows].map((row) => row.join(' ')).join('\n')
      if (block.type === 'image') return ''
      return block.inlines.map((inline) => inline.text).join('')
    })
    .concat(
      blocks.flatMap((block) =>
        ('inlines' in block ? block.inlines : block.type === 'list' ? block.items.flat() : []).flatMap((inline) => (inline.footnote ? [inline.footnote] : [])),
      ),
    )
    .join('\n')
}
