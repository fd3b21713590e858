import { describe, expect, it } from 'vitest'
import { fromIndexText, toIndexText, toSearchQuery } from '../../shared/searchText'
import { htmlToText } from '../../site/src/lib/htmlToText'

describe('search text', () => {
  it('writes đ as d with a combining mark the indexer drops, and restores it for display', () => {
    const indexed = toIndexText('Luật Đất đai')
    expect(indexed.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Luat Dat dai')
    expect(fromIndexText(indexed)).toBe('Luật Đất đai')
  })

  it('folds đ in queries, whether typed composed or decomposed', () => {
    expect(toSearchQuery('đất đai')).toBe('dất dai')
    expect(toSearchQuery('đất đai'.normalize('NFD'))).toBe('dất dai'.normalize('NFC'))
  })

  it('treats both apostrophes in minority-language words as the same letter', () => {
    expect(toIndexText('n’năc')).toBe(toIndexText("n'năc"))
    expect(toSearchQuery("bh'rợ")).toBe(toSearchQuery('bh’rợ'))
  })

  it('turns rendered rich text into plain text', () => {
    expect(
      htmlToText(
        '<h2>Ai được hỗ trợ?</h2><p>Học sinh &amp; sinh viên<br>xa nhà</p><ul><li>Một</li><li>Hai</li></ul><p>5&nbsp;triệu <em>đồng</em>/năm &lt;b&gt;</p>',
      ),
    ).toBe('Ai được hỗ trợ? Học sinh & sinh viên xa nhà Một Hai 5 triệu đồng/năm <b>')
  })
})
