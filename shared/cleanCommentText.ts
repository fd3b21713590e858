/**
 * Text as a comment stores it: NFC, line breaks as "\n", control and invisible formatting characters removed
 * (tabs and line breaks kept), surrounding whitespace trimmed.
 */
export function cleanCommentText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\t\n]|[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu, '')
    .trim()
}
