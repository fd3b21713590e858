import { describe, expect, it } from 'vitest'
import { spokespersonCoverage } from '../../shared/spokespersonCoverage'

const agencies = [
  { id: 'a', kind: 'provincial-department' },
  { id: 'b', kind: 'peoples-committee' },
  { id: 'c', kind: 'commune' },
  { id: 'press', kind: 'press' },
]

describe('spokespersonCoverage', () => {
  it('counts only agencies that must name a spokesperson', () => {
    const result = spokespersonCoverage(agencies, [{ agencyId: 'a' }, { agencyId: 'press' }])
    expect(result.total).toBe(3)
    expect(result.covered.map((agency) => agency.id)).toEqual(['a'])
    expect(result.missing.map((agency) => agency.id)).toEqual(['b', 'c'])
  })

  it('does not count an appointment that has ended', () => {
    const result = spokespersonCoverage(agencies, [{ agencyId: 'b', until: '2024-12-31T00:00:00Z' }], new Date('2025-06-01T00:00:00Z'))
    expect(result.covered).toHaveLength(0)
  })
})
