/**
 * Units and agencies that no longer exist in the demo's present (from 1 July 2025: two-tier local government,
 * Quảng Nam part of Thành phố Đà Nẵng, the 2025 department mergers). Naming one is right only when the sentence
 * says it is of the past ("trước đây", "cũ", "không còn", "thời đó"…), as a history or the 2023 plan does.
 */
export const formerUnits: { pattern: RegExp; instead: string }[] = [
  { pattern: /(?<!\p{L})(huyện|thị trấn|thị xã)(?!\p{L})/iu, instead: 'xã, phường, đặc khu (không còn cấp huyện)' },
  {
    pattern: /(Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Công an|ngân sách|Cổng thông tin điện tử) tỉnh(?!\p{L})/u,
    instead: 'thành phố (Đà Nẵng là đơn vị cấp tỉnh của bản trình diễn)',
  },
  { pattern: /(?<!\p{L})tỉnh Quảng Nam/u, instead: 'thành phố Đà Nẵng' },
  { pattern: /Sở Thông tin và Truyền thông/u, instead: 'Sở Khoa học và Công nghệ; Sở Văn hóa, Thể thao và Du lịch (báo chí, thông tin cơ sở)' },
  { pattern: /lao động\s*[-–]\s*thương binh và xã hội/iu, instead: 'Phòng Văn hóa - Xã hội của Ủy ban nhân dân cấp xã; Sở Nội vụ' },
  { pattern: /Sở Lao động\s*[-–]\s*Thương binh và Xã hội/u, instead: 'Sở Nội vụ; Sở Giáo dục và Đào tạo (giáo dục nghề nghiệp); Sở Y tế' },
  { pattern: /Sở Tài nguyên và Môi trường|Sở Nông nghiệp và Phát triển nông thôn/u, instead: 'Sở Nông nghiệp và Môi trường' },
  { pattern: /Sở Kế hoạch và Đầu tư/u, instead: 'Sở Tài chính' },
  // Đà Nẵng merged these two in April 2025, before the province-level merger.
  { pattern: /Sở Văn hóa và Thể thao|Sở Du lịch/u, instead: 'Sở Văn hóa, Thể thao và Du lịch' },
  { pattern: /Sở Giao thông vận tải/u, instead: 'Sở Xây dựng' },
  { pattern: /Ban Dân tộc/u, instead: 'Sở Dân tộc và Tôn giáo' },
  { pattern: /Ban Tuyên giáo(?! và Dân vận)/u, instead: 'Ban Tuyên giáo và Dân vận' },
  { pattern: /Báo Quảng Nam|Đài Phát thanh\s*[-–]\s*Truyền hình Quảng Nam/u, instead: 'Báo và Phát thanh, Truyền hình Đà Nẵng' },
]

/** Words that put a sentence in the past, where a former unit may be named. */
const past = /trước đây|(?<!\p{L})cũ(?!\p{L})|không còn|thời đó|hợp nhất|sắp xếp|năm 2023|\/2023(?!\/NĐ)|theo kế hoạch/iu

/** The former units a text names outside a sentence that says they are of the past, as "found → instead" lines. */
export function formerUnitsIn(text: string): string[] {
  // A line that goes on in lower case continues the sentence above it (wrapped prose in YAML and Markdown).
  const sentences = text.replace(/\n[ \t]*(?=\p{Ll})/gu, ' ').split(/(?<=[.!?])\s+|\n+/u)
  return sentences.flatMap((sentence) =>
    past.test(sentence)
      ? []
      : formerUnits.flatMap(({ pattern, instead }) => {
          const found = pattern.exec(sentence)
          return found ? [`"${found[0]}" in "${sentence.trim().slice(0, 160)}" → ${instead}`] : []
        }),
  )
}
