import { describe, expect, it } from 'vitest'
import { consultationLength, consultationStatus, daysLeft } from '../../shared/consultationStatus'

// A consultation from 1 to 30 October 2026, Vietnam time (UTC+7).
const facts = { opensAt: '2026-09-30T17:00:00.000Z', closesAt: '2026-10-30T16:59:59.999Z' }

describe('consultationStatus', () => {
  it('is upcoming before the opening day starts in Vietnam', () => {
    expect(consultationStatus(facts, new Date('2026-09-30T16:59:00Z'))).toBe('upcoming')
  })

  it('is open from midnight of the opening day, Vietnam time', () => {
    expect(consultationStatus(facts, new Date('2026-09-30T17:00:00Z'))).toBe('open')
  })

  it('is still open in the last minute of the closing day', () => {
    expect(consultationStatus(facts, new Date('2026-10-30T16:59:00Z'))).toBe('open')
  })

  it('has closed after midnight following the closing day', () => {
    expect(consultationStatus(facts, new Date('2026-10-30T17:00:00Z'))).toBe('closed')
  })

  it('shows the response once the drafting body has published it after closing', () => {
    expect(consultationStatus({ ...facts, hasPublishedResponse: true }, new Date('2026-11-15T00:00:00Z'))).toBe('responded')
  })

  it('is issued once the document carries a number, whatever the dates', () => {
    expect(consultationStatus({ ...facts, isIssued: true }, new Date('2026-10-05T00:00:00Z'))).toBe('issued')
  })
})

describe('daysLeft', () => {
  it('counts calendar days in Vietnam, not 24-hour periods', () => {
    // 23:30 on 28 October in Vietnam: two days are left (29 and 30).
    expect(daysLeft(facts.closesAt, new Date('2026-10-28T16:30:00Z'))).toBe(2)
  })

  it('is zero on the last day and never negative', () => {
    expect(daysLeft(facts.closesAt, new Date('2026-10-30T03:00:00Z'))).toBe(0)
    expect(daysLeft(facts.closesAt, new Date('2026-12-01T00:00:00Z'))).toBe(0)
  })
})

describe('consultationLength', () => {
  it('counts both the opening and the closing day', () => {
    expect(consultationLength(facts.opensAt, facts.closesAt)).toBe(30)
  })
})

describe('msUntilLocalMidnight', () => {
  it('counts to midnight in Vietnam, not UTC', async () => {
    const { msUntilLocalMidnight } = await import('../../shared/localDay')
    // 23:00 in Vietnam is 16:00 UTC: one hour to go.
    expect(msUntilLocalMidnight(new Date('2026-10-30T16:00:00Z'))).toBe(3_600_000)
    // Just after midnight in Vietnam: a whole day to go, less a minute.
    expect(msUntilLocalMidnight(new Date('2026-10-30T17:01:00Z'))).toBe(86_400_000 - 60_000)
  })
})
