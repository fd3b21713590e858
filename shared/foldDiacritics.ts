/** Removes Vietnamese (and other Latin) diacritics, including `đ`/`Đ`, which has no combining form: "Đất đai" → "Dat dai". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}
