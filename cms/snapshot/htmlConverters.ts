import type { HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import { escape } from 'html-escaper'
import { relationId } from '../../shared/relationId'
import type { SnapshotImage } from '../../shared/snapshot'

// Lexical's text format bits, innermost first.
const textFormats: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]
const formattedText = (text: string, format: number): string =>
  textFormats.reduce((inner, [bit, tag]) => (format & bit ? `<${tag}>${inner}</${tag}>` : inner), escape(text))

type Node = { type?: string; tag?: string; listType?: string; checked?: boolean; headerState?: number; colSpan?: number; rowSpan?: number; children?: Node[] }

/**
 * How the snapshot writes rich text as HTML. Payload's converters write style attributes (underline, lists, tables,
 * indents) that the site's Content-Security-Policy refuses and `value` attributes on bulleted items that HTML does not
 * allow, so those nodes are written as plain elements and the site's stylesheet does the rest. Footnotes leave the CMS
 * as empty markers carrying their text (the site numbers them, the downloads place them); images point at the
 * snapshot's copy with the alt text of the edition.
 */
export const htmlConverters =
  (images: Map<string, SnapshotImage>, locale: string): HTMLConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    text: ({ node }) => formattedText(node.text, node.format),
    list: ({ node, nodesToHTML }) => {
      const tag = (node as Node).tag === 'ol' ? 'ol' : 'ul'
      return `<${tag}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
    },
    listitem: ({ node, nodesToHTML, parent }) => {
      const isNested = ((node as Node).children ?? []).some((child) => child.type === 'list')
      const isCheck = (parent as Node).listType === 'check'
      const className = isNested ? ' class="ttcs-nested"' : isCheck ? ` class="ttcs-check" data-checked="${node.checked ? 'true' : 'false'}"` : ''
      return `<li${className}>${nodesToHTML({ nodes: node.children }).join('')}</li>`
    },
    table: ({ node, nodesToHTML }) => `<div class="ttcs-table"><table><tbody>${nodesToHTML({ nodes: node.children }).join('')}</tbody></table></div>`,
    tablerow: ({ node, nodesToHTML }) => `<tr>${nodesToHTML({ nodes: node.children }).join('')}</tr>`,
    tablecell: ({ node, nodesToHTML }) => {
      const cell = node as Node
      const tag = (cell.headerState ?? 0) > 0 ? 'th' : 'td'
      const spans = `${(cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : ''}${(cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`
      return `<${tag}${spans}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
    },
    inlineBlocks: { footnote: ({ node }) => `<span data-footnote="${escape(String((node.fields as { note?: string }).note ?? ''))}"></span>` },
    upload: ({ node }) => {
      const image = images.get(relationId(node.value) ?? '')
      if (!image) return ''
      const alt = image.alt[locale as 'vi'] || image.alt.vi
      return `<figure><img data-image-id="${image.id}" src="${escape(image.path)}" alt="${escape(alt)}" width="${image.width}" height="${image.height}"></figure>`
    },
  })
