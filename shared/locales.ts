/**
 * The languages the platform publishes in. This list is configuration: add or remove a language here
 * and the CMS, the snapshot and the site follow. Minority-language editions have reference value only
 * (Law 64/2025/QH15, Art. 7(4)); Vietnamese is always the fallback.
 */
export const locales = [
  { code: 'vi', label: 'Tiếng Việt', nativeName: 'Tiếng Việt', isReferenceOnly: false },
  { code: 'en', label: 'Tiếng Anh', nativeName: 'English', isReferenceOnly: false },
  { code: 'ktv', label: 'Tiếng Cơ Tu', nativeName: 'Cơ Tu', isReferenceOnly: true },
  { code: 'cua', label: 'Tiếng Co', nativeName: 'Co', isReferenceOnly: true },
  { code: 'sed', label: 'Tiếng Xơ Đăng', nativeName: 'Xơ Đăng', isReferenceOnly: true },
  // Giẻ Triêng is written under both jeh and tdf in ISO 639-3; the mapping is uncertain, jeh is used here.
  { code: 'jeh', label: 'Tiếng Giẻ Triêng', nativeName: 'Giẻ Triêng', isReferenceOnly: true },
] as const

export type Locale = (typeof locales)[number]
export type LocaleCode = Locale['code']

export const defaultLocale: LocaleCode = 'vi'

export const localeCodes: LocaleCode[] = locales.map((locale) => locale.code)

/** Whether an edition in this language is a translation for reference only. */
export function isReferenceOnly(code: string): boolean {
  return locales.some((locale) => locale.code === code && locale.isReferenceOnly)
}
