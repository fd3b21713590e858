import { describe, expect, it } from 'vitest'
import { parseReportPeriod, periodBounds } from '../../shared/reportPeriod'

describe('parseReportPeriod', () => {
  it('reads the 6-month and annual periods of the plan', () => {
    expect(parseReportPeriod('2026-H1')).toEqual({ label: '6 tháng đầu năm 2026', from: '2026-01-01', to: '2026-06-30' })
    expect(parseReportPeriod('2026-H2')?.from).toBe('2026-07-01')
    expect(parseReportPeriod('2026')).toEqual({ label: 'năm 2026', from: '2026-01-01', to: '2026-12-31' })
  })

  it('reads chosen dates and refuses anything else', () => {
    expect(parseReportPeriod('2026-03-01..2026-03-31')?.to).toBe('2026-03-31')
    expect(parseReportPeriod('2026-04-01..2026-03-01')).toBeUndefined()
    expect(parseReportPeriod('H1')).toBeUndefined()
  })

  it('bounds a period by whole days in Vietnam', () => {
    expect(periodBounds({ label: '', from: '2026-01-01', to: '2026-06-30' })).toEqual({ start: '2025-12-31T17:00:00.000Z', end: '2026-06-30T16:59:59.999Z' })
  })
})
