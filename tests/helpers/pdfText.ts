import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of a PDF page by page, and its outline (bookmarks) titles, as a reader's copy/paste would see them. */
export async function readPdf(bytes: Buffer): Promise<{ pages: string[]; text: string; outline: string[] }> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false })
  const document = await task.promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
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
  return { pages, text: pages.join('\n'), outline: titles }
}

/** Words of a text, NFC, for comparing what a PDF says with what the chapter says. */
export const words = (text: string) => text.normalize('NFC').split(/[\s\u2060]+/).map((word) => word.replace(/^[«“"(]+|[»”"),.:;!?]+$/g, '')).filter(Boolean)
