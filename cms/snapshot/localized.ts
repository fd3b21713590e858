import { isReferenceOnly, localeCodes, type LocaleCode } from '../../shared/locales'
import type { Editions } from '../../shared/snapshot'

/** A field read with `locale: 'all'`: one value per language code. */
export type AllLocales<T> = Partial<Record<string, T>> | null | undefined

/** The value of a field read with `locale: 'all'` in one language, or undefined. */
export function inLocale<T>(value: unknown, locale: LocaleCode): T | undefined {
  return (value as AllLocales<T>)?.[locale] ?? undefined
}

/** Builds editions for the languages whose `marker` field (usually the title) has text of its own; Vietnamese always. */
export function editionsOf<T>(marker: unknown, build: (locale: LocaleCode, isReferenceOnly: boolean) => T): Editions<T> {
  const editions: Partial<Record<LocaleCode, T>> = {}
  for (const locale of localeCodes) {
    const text = inLocale<string>(marker, locale)
    if (locale === 'vi' || (typeof text === 'string' && text.trim() !== '')) editions[locale] = build(locale, isReferenceOnly(locale))
  }
  return editions as Editions<T>
}
