import { unescape } from 'html-escaper'

/**
 * Numbers the footnote markers of rendered rich text (`<span data-footnote="…">`) in reading order: each becomes a
 * superscript link to its note, and the notes come back as a list with links back to where they are referenced.
 */
export function numberFootnotes(html: string): { html: string; notes: { id: string; refId: string; text: string }[] } {
  const notes: { id: string; refId: string; text: string }[] = []
  const result = html.replace(/<span data-footnote="([^"]*)"><\/span>/g, (_, escaped: string) => {
    const n = notes.length + 1
    notes.push({ id: `chu-thich-${n}`, refId: `tham-chieu-${n}`, text: unescape(escaped) })
    return `<sup class="ttcs-fnref"><a id="tham-chieu-${n}" href="#chu-thich-${n}" aria-describedby="chu-thich-tieu-de">${n}</a></sup>`
  })
  return { html: result, notes }
}
