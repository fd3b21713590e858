import { foldDiacritics } from './foldDiacritics'

/** Turns any Vietnamese text (NFC or NFD) into a URL slug: "Chính sách đất đai" → "chinh-sach-dat-dai". */
export function toSlug(text: string): string {
  return (
    foldDiacritics(text)
      .toLowerCase()
      // Apostrophes belong inside minority-language words (n’năc), so they join rather than split.
      .replace(/['’ʼ‘]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  )
}
