import { isReferenceOnly, localeCodes, type LocaleCode } from '../../shared/locales'
import type { Editions } from '../../shared/snapshot'

/** A field read with `locale: 'all'`: one value per language code. */
export type AllLocales<T> = Partial<Record<string, T>> | null | undefined

/** The value of a field read with `locale: 'all'` in one language, or undefined. */
export function inLocale<T>(value: unknown, locale: LocaleCode): T | undefined {
  return (value as AllLocales<T>)?.[locale] ?? undefined
}

/** The languages with an edition: Vietnamese always, another when its `marker` field (usually the title) has text of
 * its own and the edition is not withdrawn (`editionWithdrawn`, cms/fields/editionWithdrawn.ts). */
export function editionLocales(marker: unknown, withdrawn?: unknown): LocaleCode[] {
  return localeCodes.filter((locale) => {
    if (locale === 'vi') return true
    const text = inLocale<string>(marker, locale)
    return typeof text === 'string' && text.trim() !== '' && inLocale<boolean>(withdrawn, locale) !== true
  })
}

/** Builds editions for the languages `editionLocales` finds. */
export function editionsOf<T>(marker: unknown, build: (locale: LocaleCode, isReferenceOnly: boolean) => T, withdrawn?: unknown): Editions<T> {
  const editions: Partial<Record<LocaleCode, T>> = {}
  for (const locale of editionLocales(marker, withdrawn)) editions[locale] = build(locale, isReferenceOnly(locale))
  return editions as Editions<T>
}
