import { toSlug } from '../../../shared/toSlug'

/** Gives each h2/h3 of rendered rich text an id (its folded slug) and lists them, for a table of contents. */
export function headingIds(html: string): { html: string; headings: { id: string; text: string; level: number }[] } {
  const headings: { id: string; text: string; level: number }[] = []
  const seen = new Map<string, number>()
  const result = html.replace(/<h([23])>(.*?)<\/h\1>/gs, (_, level: string, inner: string) => {
    const text = inner.replace(/<[^>]+>/g, '').trim()
    const base = toSlug(text) || 'muc'
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    const id = count === 0 ? base : `${base}-${count + 1}`
    headings.push({ id, text, level: Number(level) })
    return `<h${level} id="${id}">${inner}</h${level}>`
  })
  return { html: result, headings }
}
