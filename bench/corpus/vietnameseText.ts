// Real Vietnamese vocabulary of policy communication, combined into sentences by a seeded generator, so
// benchmark corpora read like the province's content (and tokenize like it) without being copies of it.
const subjects = [
  'Ủy ban nhân dân tỉnh',
  'Sở Nông nghiệp và Môi trường',
  'Sở Giáo dục và Đào tạo',
  'Hội đồng nhân dân xã',
  'Ủy ban nhân dân xã',
  'cơ quan chủ trì soạn thảo',
  'người dân vùng đồng bào dân tộc thiểu số',
  'hộ gia đình, cá nhân',
  'doanh nghiệp nhỏ và vừa',
  'tổ công nghệ số cộng đồng',
  'đài truyền thanh cấp xã',
  'người phát ngôn của cơ quan',
]
const verbs = [
  'đề xuất',
  'lấy ý kiến về',
  'hướng dẫn thực hiện',
  'tổ chức tuyên truyền',
  'điều chỉnh',
  'bổ sung',
  'rà soát',
  'công khai',
  'tiếp thu, giải trình',
  'hỗ trợ kinh phí cho',
  'kiểm tra việc thực hiện',
  'giải đáp thắc mắc về',
]
const objects = [
  'chính sách đất đai',
  'hạn mức giao đất ở',
  'diện tích tối thiểu tách thửa',
  'học phí và học bổng',
  'bảo hiểm y tế cho trẻ em',
  'đào tạo nghề cho lao động nông thôn',
  'dịch vụ công trực tuyến',
  'đường giao thông nông thôn',
  'nước sạch vùng núi',
  'nhà ở xã hội',
  'trợ cấp xã hội hằng tháng',
  'phòng chống thiên tai',
  'du lịch cộng đồng',
  'bảo tồn văn hóa truyền thống',
  'thủ tục đăng ký khai sinh',
  'giá đất nông nghiệp',
]
const tails = [
  'trên địa bàn tỉnh',
  'trong giai đoạn 2026 - 2030',
  'theo quy định của pháp luật',
  'tại các xã miền núi',
  'trước ngày 31 tháng 12',
  'với sự tham gia của người dân',
  'bằng tiếng Việt và tiếng dân tộc',
  'qua hệ thống loa truyền thanh cơ sở',
]

/** A small deterministic pseudo-random generator (mulberry32), so every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, items: T[]): T => items[Math.floor(random() * items.length)] as T

/** One sentence of policy-communication Vietnamese. */
export function sentence(random: () => number): string {
  const text = `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)} ${pick(random, tails)}.`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A title of about eight to twelve words. */
export function title(random: () => number): string {
  const text = `${pick(random, verbs)} ${pick(random, objects)} ${pick(random, tails)}`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Paragraphs of several sentences each. */
export function paragraphs(random: () => number, count: number): string[] {
  return Array.from({ length: count }, () => Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random)).join(' '))
}
