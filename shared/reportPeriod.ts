/** A reporting period: its label and its first and last calendar days (inclusive), in the province's time zone. */
export type ReportPeriod = { label: string; from: string; to: string }

/**
 * Reads a period as editors say it: "2026-H1" (6 tháng đầu năm), "2026-H2", "2026" (cả năm),
 * or explicit days "2026-01-01..2026-03-31". Returns undefined for anything else.
 */
export function parseReportPeriod(text: string): ReportPeriod | undefined {
  const half = /^(\d{4})-H([12])$/.exec(text)
  if (half) {
    const [year, part] = [half[1]!, half[2]!]
    return part === '1'
      ? { label: `6 tháng đầu năm ${year}`, from: `${year}-01-01`, to: `${year}-06-30` }
      : { label: `6 tháng cuối năm ${year}`, from: `${year}-07-01`, to: `${year}-12-31` }
  }
  if (/^\d{4}$/.test(text)) return { label: `năm ${text}`, from: `${text}-01-01`, to: `${text}-12-31` }
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text)
  if (range && range[1]! <= range[2]!) return { label: `từ ngày ${range[1]} đến ngày ${range[2]}`, from: range[1]!, to: range[2]! }
  return undefined
}

/** The period's bounds as instants: from the start of its first day to the end of its last day, UTC+7. */
export function periodBounds(period: ReportPeriod): { start: string; end: string } {
  return { start: new Date(`${period.from}T00:00:00.000+07:00`).toISOString(), end: new Date(`${period.to}T23:59:59.999+07:00`).toISOString() }
}
