import { parse } from 'node-html-parser'

/** Plain text from the rendered rich text of the snapshot (for the search index and tests): blocks apart, entities decoded. */
export function htmlToText(html: string): string {
  return parse(html).structuredText.replace(/\s+/g, ' ').trim()
}
