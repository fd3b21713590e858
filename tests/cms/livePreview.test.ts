import { randomBytes } from 'node:crypto'
import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
const { isValidPreviewToken, previewToken } = await import('../../cms/preview/previewToken')
const { withUnsavedValues } = await import('../../cms/preview/previewItem')

const target = { collection: 'explainers', id: '42', locale: 'vi', userId: '7' }
const hour = 60 * 60_000

describe('a live preview token', () => {
  it('opens the one document, language and account it was made for, until it ends', () => {
    const now = Date.UTC(2026, 11, 8, 9, 20)
    const token = previewToken(target, now)
    expect(isValidPreviewToken(token, target, now)).toBe(true)
    expect(isValidPreviewToken(token, target, now + hour)).toBe(true)
    // Made at 09:20, it ends at 11:00: between one and two hours, on the hour.
    expect(isValidPreviewToken(token, target, Date.UTC(2026, 11, 8, 11, 0, 1))).toBe(false)
    for (const other of [{ id: '43' }, { locale: 'en' }, { userId: '8' }, { collection: 'drafts' }])
      expect(isValidPreviewToken(token, { ...target, ...other }, now), JSON.stringify(other)).toBe(false)
  })

  it('stays the same between saves within the hour, so the preview keeps its place', () => {
    expect(previewToken(target, Date.UTC(2026, 11, 8, 9, 1))).toBe(previewToken(target, Date.UTC(2026, 11, 8, 9, 59)))
  })

  it('refuses a token whose end was moved later, whatever its signature', () => {
    const now = Date.UTC(2026, 11, 8, 9, 20)
    const [, signature] = previewToken(target, now).split('.')
    const later = (now + 30 * 24 * hour).toString(36)
    expect(isValidPreviewToken(`${later}.${signature}`, target, now)).toBe(false)
    expect(isValidPreviewToken('', target, now)).toBe(false)
    expect(isValidPreviewToken('abc', target, now)).toBe(false)
  })
})

describe('what the editor typed, over the saved document', () => {
  const fields = [
    { name: 'title', type: 'text', localized: true },
    { name: 'agency', type: 'relationship' },
    { name: 'translation', type: 'group', flattenedFields: [{ name: 'translator', type: 'text', localized: true }] },
  ] as unknown as FlattenedField[]
  const saved = { id: '42', title: { vi: 'Tiêu đề đã lưu', en: 'Saved title' }, agency: 'a1', translation: { translator: { en: 'Sở Ngoại vụ' } }, slug: 'bai' }

  it('takes the typed value in the language being edited only, and keeps the other languages and untouched fields', () => {
    const merged = withUnsavedValues(fields, saved, { title: 'New title', translation: { translator: 'Ban Dịch thuật' } }, 'en')
    expect(merged.title).toEqual({ vi: 'Tiêu đề đã lưu', en: 'New title' })
    expect(merged.translation).toEqual({ translator: { en: 'Ban Dịch thuật' } })
    expect(merged.agency).toBe('a1')
    expect(merged.slug).toBe('bai')
    // The saved document is left as it was.
    expect(saved.title.en).toBe('Saved title')
  })

  it('sets a field that is the same in every language as typed', () => {
    expect(withUnsavedValues(fields, saved, { agency: 'a2' }, 'vi').agency).toBe('a2')
  })
})
