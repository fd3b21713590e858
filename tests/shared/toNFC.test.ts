import { describe, expect, it } from 'vitest'
import { toNFC } from '../../shared/toNFC'

describe('toNFC', () => {
  it('normalizes strings nested in objects and arrays', () => {
    const nfd = 'Truyền thông chính sách'.normalize('NFD')
    const result = toNFC({ title: nfd, articles: [{ heading: nfd }], count: 3, flag: true, none: null })
    expect(result.title).toBe('Truyền thông chính sách'.normalize('NFC'))
    expect(result.title.length).toBeLessThan(nfd.length)
    expect(result.articles[0]?.heading).toBe(result.title)
    expect(result.count).toBe(3)
    expect(result.none).toBeNull()
  })

  it('leaves non-plain objects such as dates alone', () => {
    const date = new Date('2026-01-01T00:00:00Z')
    expect(toNFC({ at: date }).at).toBe(date)
  })
})
