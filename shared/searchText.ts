// Vietnamese as citizens type it. The search index (Pagefind) drops combining marks, so "chinh sach" finds
// "chính sách"; but đ has no base letter and would stay apart from d. In the text handed to the indexer
// (never the published page) đ is written d + U+0336, a combining mark the indexer drops, so "dat dai"
// finds "đất đai"; queries fold đ to d the same way. Apostrophes inside minority-language words
// (n’năc, n'năc) are dropped on both sides, so either form finds the other.

const strokeOverlay = '\u0336'
const apostrophes = /['’ʼ‘`]/g

/** The text to index for a document: NFC, đ as d + U+0336, apostrophes inside words removed. */
export function toIndexText(text: string): string {
  return text.normalize('NFC').replace(/đ/g, `d${strokeOverlay}`).replace(/Đ/g, `D${strokeOverlay}`).replace(apostrophes, '')
}

/** A query as the index understands it: đ folded to d, apostrophes removed, spaces tidied. */
export function toSearchQuery(query: string): string {
  return query.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(apostrophes, '').replace(/\s+/g, ' ').trim()
}

/** Restores đ in text that came back from the index (excerpts), for display. */
export function fromIndexText(text: string): string {
  return text.replace(new RegExp(`d${strokeOverlay}`, 'g'), 'đ').replace(new RegExp(`D${strokeOverlay}`, 'g'), 'Đ')
}
