import { daysBetween } from './localDay'

export const consultationStatuses = {
  upcoming: 'Sắp lấy ý kiến',
  open: 'Đang lấy ý kiến',
  closed: 'Hết hạn góp ý',
  responded: 'Đã tiếp thu, giải trình',
  issued: 'Đã ban hành',
} as const

export type ConsultationStatus = keyof typeof consultationStatuses

export type ConsultationFacts = {
  opensAt: string | Date
  closesAt: string | Date
  /** The drafting body has published its summary, explanation and acceptance of comments. */
  hasPublishedResponse?: boolean
  /** The document has been issued (it carries a number and symbol). */
  isIssued?: boolean
}

/** The status of a draft's consultation, computed from its dates and facts at a given instant. */
export function consultationStatus(facts: ConsultationFacts, now: Date = new Date()): ConsultationStatus {
  if (facts.isIssued) return 'issued'
  if (now < new Date(facts.opensAt)) return 'upcoming'
  if (now <= new Date(facts.closesAt)) return 'open'
  return facts.hasPublishedResponse ? 'responded' : 'closed'
}

/** Calendar days left to comment, counting today when the consultation closes at the end of a later day (0 = last day). */
export function daysLeft(closesAt: string | Date, now: Date = new Date()): number {
  return Math.max(0, daysBetween(now, closesAt))
}

/** Length of a consultation in calendar days, both the opening and the closing day included. */
export function consultationLength(opensAt: string | Date, closesAt: string | Date): number {
  return daysBetween(opensAt, closesAt) + 1
}
