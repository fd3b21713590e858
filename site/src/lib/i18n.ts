import en from '../i18n/en.json'
import vi from '../i18n/vi.json'

export type UiKey = keyof typeof vi

// Only languages with their own UI strings are listed; every other language uses the Vietnamese UI.
const strings: Record<string, Partial<Record<UiKey, string>>> = { vi, en }

/** The language of the interface around a document in `locale`: its own when we have UI strings for it, else Vietnamese. */
export function uiLocale(locale: string): 'vi' | 'en' {
  return locale === 'en' ? 'en' : 'vi'
}

/** A UI string in a language, falling back to Vietnamese, with {placeholders} filled in. */
export function t(locale: string, key: UiKey, values: Record<string, string | number> = {}): string {
  const text = strings[uiLocale(locale)]?.[key] ?? vi[key]
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}
