import { describe, expect, it } from 'vitest'
import { fromIndexText } from '../../shared/searchText'
import { searchRecords } from '../../site/integrations/searchRecords'
import { exampleSnapshot } from '../helpers/snapshotExamples'

const recordsAt = (now: string, snapshot = exampleSnapshot()) => searchRecords(snapshot, new Date(now))
const byUrl = (now: string) => new Map(recordsAt(now).map((record) => [record.url, record]))

describe('search records', () => {
  it('gives every published page one record, and every edition of an explainer its own', () => {
    expect(
      recordsAt('2026-12-01T00:00:00Z')
        .map((record) => record.url)
        .sort(),
    ).toEqual(
      [
        '/bai-giai-thich/han-muc-giao-dat-o-nhung-diem-can-biet/',
        '/co-quan/so-tu-phap/',
        '/du-thao/quy-dinh-han-muc-giao-dat-o/',
        '/hop-bao/hop-bao-thang-11/',
        '/ktv/bai-giai-thich/han-muc-giao-dat-o-nhung-diem-can-biet/',
        '/so-tay/xu-ly-khung-hoang-truyen-thong/',
        '/van-ban/ke-hoach-6684-kh-ubnd-2023/',
      ].sort(),
    )
  })

  it('files a draft under the consultation status of the day the index is built', () => {
    const url = '/du-thao/quy-dinh-han-muc-giao-dat-o/'
    expect(byUrl('2026-12-01T00:00:00Z').get(url)!.filters['trạng thái']).toEqual(['Đang lấy ý kiến'])
    expect(byUrl('2026-12-20T00:00:00Z').get(url)!.filters['trạng thái']).toEqual(['Hết hạn góp ý'])
    expect(byUrl('2026-10-01T00:00:00Z').get(url)!.filters['trạng thái']).toEqual(['Sắp lấy ý kiến'])
  })

  it('indexes plain text with đ the indexer cannot fold away, and keeps đ in titles shown', () => {
    const record = byUrl('2026-12-01T00:00:00Z').get('/bai-giai-thich/han-muc-giao-dat-o-nhung-diem-can-biet/')!
    expect(record.content).not.toMatch(/[<>]|đ|&nbsp;/)
    expect(fromIndexText(record.content)).toContain('Mỗi hộ được giao tối đa 200 m².')
    expect(record.meta.title).toBe('Hạn mức giao đất ở: những điểm cần biết')
    expect(record.filters).toMatchObject({ 'cơ quan': ['Sở Tư pháp'], 'lĩnh vực': ['Đất đai'], loại: ['Bài giải thích'], 'ngôn ngữ': ['Tiếng Việt'] })
  })

  it('names a minority-language edition by its language and drops apostrophes inside words', () => {
    const record = byUrl('2026-12-01T00:00:00Z').get('/ktv/bai-giai-thich/han-muc-giao-dat-o-nhung-diem-can-biet/')!
    expect(record.filters['ngôn ngữ']).toEqual(['Cơ Tu'])
    expect(record.content).toContain('Nnăc')
  })

  it('finds a plan by its number and symbol, and a spokesperson on their agency’s page', () => {
    const records = byUrl('2026-12-01T00:00:00Z')
    expect(records.get('/van-ban/ke-hoach-6684-kh-ubnd-2023/')!.meta.title).toBe('6684/KH-UBND: Kế hoạch truyền thông chính sách')
    expect(records.get('/co-quan/so-tu-phap/')!.meta.title).toBe('Nguyễn Văn An, Phó Giám đốc')
  })
})
