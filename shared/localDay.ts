/** The province's time zone: consultation dates are calendar days here, whatever the server's zone. */
export const timeZone = 'Asia/Ho_Chi_Minh'

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day (YYYY-MM-DD) of an instant in the province's time zone. */
export function localDay(instant: Date | string): string {
  return dayFormat.format(new Date(instant))
}

/** Whole calendar days from one local day to another (negative when `to` is earlier). */
export function daysBetween(from: Date | string, to: Date | string): number {
  const start = Date.parse(`${localDay(from)}T00:00:00Z`)
  const end = Date.parse(`${localDay(to)}T00:00:00Z`)
  return Math.round((end - start) / 86_400_000)
}

/** Milliseconds from `now` until the next midnight in the province's time zone (UTC+7, no daylight saving). */
export function msUntilLocalMidnight(now: Date = new Date()): number {
  const nextDay = new Date(`${localDay(now)}T00:00:00+07:00`).getTime() + 86_400_000
  return nextDay - now.getTime()
}
