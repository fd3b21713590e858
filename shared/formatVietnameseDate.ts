import { timeZone } from './localDay'

const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })

/** Writes a date the way Vietnamese official documents do: "ngày 29 tháng 9 năm 2023". */
export function formatVietnameseDate(instant: Date | string): string {
  const fields = Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
  return `ngày ${fields.day} tháng ${fields.month} năm ${fields.year}`
}
