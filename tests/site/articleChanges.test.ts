import { describe, expect, it } from 'vitest'
import { articleChanges } from '../../site/src/lib/articleChanges'

const article = (number: number, heading: string, body: string) => ({ number, heading, body })

describe('articleChanges', () => {
  it('lists the words removed and added in a changed article, and the articles left as they were', () => {
    const { changes, unchanged } = articleChanges(
      [article(1, 'Phạm vi', 'Áp dụng cho xã.'), article(2, 'Mức hỗ trợ', 'Hỗ trợ 5 triệu đồng.')],
      [article(1, 'Phạm vi', 'Áp dụng cho xã.'), article(2, 'Mức hỗ trợ', 'Hỗ trợ 7 triệu đồng.')],
    )
    expect(unchanged).toEqual([1])
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ number: 2, kind: 'changed', headingParts: undefined })
    expect(changes[0]!.parts.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(['5'])
    expect(changes[0]!.parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['7'])
  })

  it('marks new and dropped articles, in the order of their numbers', () => {
    const { changes } = articleChanges([article(1, 'A', 'a'), article(3, 'C', 'c')], [article(1, 'A', 'a'), article(2, 'B', 'b')])
    expect(changes.map((change) => [change.number, change.kind])).toEqual([
      [2, 'added'],
      [3, 'removed'],
    ])
  })

  it('shows a changed heading word by word', () => {
    const [change] = articleChanges([article(4, 'Thời hạn nộp hồ sơ', 'x')], [article(4, 'Thời hạn nhận hồ sơ', 'x')]).changes
    expect(change!.headingParts?.some((part) => part.added && part.value.includes('nhận'))).toBe(true)
  })
})
