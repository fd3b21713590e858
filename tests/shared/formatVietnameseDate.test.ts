import { describe, expect, it } from 'vitest'
import { formatVietnameseDate } from '../../shared/formatVietnameseDate'

describe('formatVietnameseDate', () => {
  it('writes dates as official documents do', () => {
    expect(formatVietnameseDate('2023-09-29T03:00:00Z')).toBe('ngày 29 tháng 9 năm 2023')
  })

  it('uses the Vietnamese calendar day, not the UTC one', () => {
    // 20:00 UTC on 28 September is already 29 September in Vietnam.
    expect(formatVietnameseDate('2023-09-28T20:00:00Z')).toBe('ngày 29 tháng 9 năm 2023')
  })
})
