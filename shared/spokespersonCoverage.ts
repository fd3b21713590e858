/** Kinds of agency that must name a spokesperson (Nghị định 09/2017/NĐ-CP applies to state administrative bodies). */
export const kindsRequiringSpokesperson = ['provincial-department', 'peoples-committee', 'commune']

type Agency = { id: string; kind: string; ceasedOn?: string | null }
type Spokesperson = { agencyId: string; until?: string }

/** Whether an agency still exists at `now` (a merged or dissolved one is kept for the documents it issued). */
export const existsAt = (agency: { ceasedOn?: string | null }, now: Date = new Date()) => !agency.ceasedOn || new Date(agency.ceasedOn) > now

/** Which agencies that must have a spokesperson have one in office at `now`, and which do not. */
export function spokespersonCoverage<A extends Agency>(agencies: A[], spokespersons: Spokesperson[], now: Date = new Date()) {
  const served = new Set(spokespersons.filter((person) => !person.until || new Date(person.until) >= now).map((person) => person.agencyId))
  const required = agencies.filter((agency) => kindsRequiringSpokesperson.includes(agency.kind) && existsAt(agency, now))
  return {
    covered: required.filter((agency) => served.has(agency.id)),
    missing: required.filter((agency) => !served.has(agency.id)),
    total: required.length,
  }
}
