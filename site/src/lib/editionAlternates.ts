import { locales, type LocaleCode } from '../../../shared/locales'

/** The languages a document has editions in, and the page of each (for hreflang), when it has more than one. */
export function editionAlternates(editions: Partial<Record<LocaleCode, unknown>>, pathOf: (code: LocaleCode) => string) {
  const editionLocales = locales.filter((item) => editions[item.code])
  const alternates = editionLocales.length > 1 ? Object.fromEntries(editionLocales.map((item) => [item.code, pathOf(item.code)])) : {}
  return { editionLocales, alternates }
}
