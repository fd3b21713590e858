/**
 * Wording the law in force no longer uses, with what replaced it. Personal data: Luật Bảo vệ dữ liệu cá nhân
 * 91/2025/QH15 (in force from 1 January 2026) in place of Nghị định 13/2023/NĐ-CP; residence: Luật Cư trú 2020
 * ended the household book (sổ hộ khẩu) on 1 January 2023; identity: Luật Căn cước 2023 (from 1 July 2024) issues
 * thẻ căn cước, while a căn cước công dân card stays valid until it expires.
 */
export const outdatedLaw: { pattern: RegExp; instead: string }[] = [
  { pattern: /Nghị định (số )?13\/2023\/NĐ-CP/, instead: 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15' },
  { pattern: /hộ khẩu/i, instead: 'nơi thường trú' },
  { pattern: /căn cước công dân(?! còn hạn)/i, instead: 'thẻ căn cước' },
]

/** The outdated wordings a text uses, as "found → instead" lines. */
export function outdatedWordingIn(text: string): string[] {
  return outdatedLaw.flatMap(({ pattern, instead }) => {
    const found = pattern.exec(text)
    return found ? [`"${found[0]}" → ${instead}`] : []
  })
}
