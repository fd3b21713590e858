import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

type StructNode = { role?: string; alt?: string; children?: StructNode[] }

/**
 * The text of a PDF page by page, its outline (bookmarks) titles, as a reader's copy/paste would see them, and the
 * alt text of its tagged figures, as a screen reader would hear it.
 */
export async function readPdf(bytes: Buffer): Promise<{ pages: string[]; text: string; outline: string[]; figureAlts: string[] }> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false })
  const document = await task.promise
  const pages: string[] = []
  const figureAlts: string[] = []
  const figures = (node: StructNode | null | undefined): void => {
    if (node?.role === 'Figure' && node.alt) figureAlts.push(node.alt)
    for (const child of node?.children ?? []) figures(child)
  }
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    figures((await page.getStructTree()) as StructNode | null)
    const content = await page.getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''))
  }
  const titles: string[] = []
  const walk = (items: { title: string; items: unknown[] }[] | null) => {
    for (const item of items ?? []) {
      titles.push(item.title)
      walk(item.items as { title: string; items: unknown[] }[])
    }
  }
  walk(await document.getOutline())
  await task.destroy()
  return { pages, text: pages.join('\n'), outline: titles, figureAlts }
}

/** Words of a text, NFC, for comparing what a PDF says with what the chapter says. */
export const words = (text: string) =>
  text
    .normalize('NFC')
    .split(/[\s\u2060]+/)
    .map((word) => word.replace(/^[«“"(]+|[»”"),.:;!?]+$/g, ''))
    .filter(Boolean)
