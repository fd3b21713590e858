import type { Payload } from 'payload'
import { existsAt, kindsRequiringSpokesperson } from '../../shared/spokespersonCoverage'

export type SpokespersonStatusRow = {
  agencyId: string
  agency: string
  status: 'có người phát ngôn' | 'chưa có' | 'hết thời hạn giao nhiệm vụ'
  spokespersons: string
}

/**
 * For every agency that exists and must name a spokesperson: whether it has one in office, none at all, or only
 * appointments that have ended. The admin's coverage view and its CSV export both read this.
 */
export async function spokespersonStatus(payload: Payload, now = new Date()): Promise<SpokespersonStatusRow[]> {
  const agencies = (
    await payload.find({ collection: 'agencies', where: { kind: { in: kindsRequiringSpokesperson } }, depth: 0, pagination: false, sort: 'name' })
  ).docs.filter((agency) => existsAt(agency, now))
  const people = (await payload.find({ collection: 'spokespersons', depth: 0, pagination: false })).docs
  return agencies.map((agency) => {
    const mine = people.filter((person) => String(person.agency) === String(agency.id))
    const current = mine.filter((person) => !person.until || new Date(person.until) >= now)
    const status = current.length > 0 ? 'có người phát ngôn' : mine.length > 0 ? 'hết thời hạn giao nhiệm vụ' : 'chưa có'
    return {
      agencyId: String(agency.id),
      agency: agency.name,
      status,
      spokespersons: (current.length > 0 ? current : mine).map((person) => `${person.fullName} (${person.position})`).join('; '),
    } as SpokespersonStatusRow
  })
}

/** The rows as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel opens Vietnamese correctly). */
export function toCsv(rows: SpokespersonStatusRow[]): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`
  const lines = [['Cơ quan, đơn vị', 'Tình trạng', 'Người phát ngôn'], ...rows.map((row) => [row.agency, row.status, row.spokespersons])]
  return `\uFEFF${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`
}
