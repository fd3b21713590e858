// Keeps draft statuses and days left true between rebuilds: the HTML carries the status at build time
// (the answer without JavaScript) and the dates; this recomputes both with the same shared function.
import { consultationStatus, consultationStatuses, daysLeft } from '../../../shared/consultationStatus'

const now = new Date()
for (const badge of document.querySelectorAll<HTMLElement>('[data-ttcs-status]')) {
  const { opens, closes, issued, responded } = badge.dataset
  if (!opens || !closes) continue
  const status = consultationStatus({ opensAt: opens, closesAt: closes, isIssued: issued === 'true', hasPublishedResponse: responded === 'true' }, now)
  badge.textContent = consultationStatuses[status]
  badge.className = `ttcs-badge ttcs-badge--${status}`
}
for (const note of document.querySelectorAll<HTMLElement>('[data-ttcs-days-left]')) {
  const { closes, opens, lastDay, many } = note.dataset
  if (!closes || !opens || !lastDay || !many) continue
  const isOpen = consultationStatus({ opensAt: opens, closesAt: closes }, now) === 'open'
  const left = daysLeft(closes, now)
  note.hidden = !isOpen
  note.textContent = left === 0 ? lastDay : many.replace('{n}', String(left))
}
