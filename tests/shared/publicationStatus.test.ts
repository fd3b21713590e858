import { describe, expect, it } from 'vitest'
import { formatAdminDateTime, publicationStatus } from '../../shared/publicationStatus'

describe('the status an editor sees', () => {
  it('says a document never published is where it stands in review', () => {
    expect(publicationStatus({ liveSince: null, latestIsLive: false, reviewState: 'draft' })).toBe('Đang soạn')
    expect(publicationStatus({ liveSince: null, latestIsLive: false, reviewState: 'submitted' })).toBe('Chờ duyệt')
    expect(publicationStatus({ liveSince: null, latestIsLive: false, reviewState: 'approved' })).toBe('Đã duyệt')
    expect(publicationStatus({ liveSince: null, latestIsLive: false, reviewState: 'returned' })).toBe('Trả lại để sửa')
  })

  it('says "live" only when the public sees the latest version', () => {
    expect(publicationStatus({ liveSince: '2026-12-07T14:05:00Z', latestIsLive: true, reviewState: 'approved' })).toBe('Đang hiển thị')
    expect(publicationStatus({ liveSince: '2026-12-07T14:05:00Z', latestIsLive: false, reviewState: 'draft' })).toBe('Đang hiển thị, có bản sửa chưa xuất bản')
    expect(publicationStatus({ liveSince: '2026-12-07T14:05:00Z', latestIsLive: false, reviewState: 'submitted' })).toBe(
      'Đang hiển thị, có bản sửa chưa xuất bản (chờ duyệt)',
    )
  })

  it('writes times in Vietnam time as the admin writes dates', () => {
    expect(formatAdminDateTime('2026-12-07T17:05:00Z')).toBe('08/12/2026 00:05')
    expect(formatAdminDateTime('2026-01-31T02:09:00Z')).toBe('31/01/2026 09:09')
  })
})
