import { describe, expect, it } from 'vitest'
import { foldDiacritics } from '../../shared/foldDiacritics'
import { toSlug } from '../../shared/toSlug'

describe('toSlug', () => {
  it('folds Vietnamese letters, đ included', () => {
    expect(toSlug('Chính sách đất đai')).toBe('chinh-sach-dat-dai')
  })

  it('gives the same slug for decomposed (NFD) input', () => {
    const title = 'Quyết định về Điều chỉnh giá đất ở Đại Lộc'
    expect(toSlug(title.normalize('NFD'))).toBe(toSlug(title.normalize('NFC')))
    expect(toSlug(title.normalize('NFD'))).toBe('quyet-dinh-ve-dieu-chinh-gia-dat-o-dai-loc')
  })

  it('keeps document numbers readable', () => {
    expect(toSlug('Kế hoạch 6684/KH-UBND ngày 29/9/2023')).toBe('ke-hoach-6684-kh-ubnd-ngay-29-9-2023')
  })

  it('joins minority-language words across apostrophes of either kind', () => {
    expect(toSlug("N’năc bh'rợ")).toBe('nnac-bhro')
  })

  it('trims punctuation at both ends', () => {
    expect(toSlug('  «Hỏi – đáp» về thuế!  ')).toBe('hoi-dap-ve-thue')
  })
})

describe('foldDiacritics', () => {
  it('removes tone marks and vowel marks but keeps case', () => {
    expect(foldDiacritics('Đường Hồ Chí Minh ỨNG')).toBe('Duong Ho Chi Minh UNG')
  })

  it('treats NFD and NFC the same', () => {
    expect(foldDiacritics('Giẻ Triêng'.normalize('NFD'))).toBe('Gie Trieng')
  })
})
