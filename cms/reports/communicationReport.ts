import type { Payload, Where } from 'payload'
import { type CommentState, commentStates } from '../../shared/comments'
import { consultationLength } from '../../shared/consultationStatus'
import { isReferenceOnly, localeCodes } from '../../shared/locales'
import { periodBounds, type ReportPeriod } from '../../shared/reportPeriod'
import { spokespersonCoverage } from '../../shared/spokespersonCoverage'
import type { LooseDocument } from '../snapshot/looseDocument'

export type CommunicationReport = {
  agency: { id: string; name: string } | null
  period: ReportPeriod
  generatedAt: string
  drafts: { total: number; items: { title: string; opensAt: string; closesAt: string; days: number }[] }
  /** Comments received in the period on the agency's drafts, by moderation state, and responses published. */
  comments: { received: number; byState: Record<CommentState, number>; responsesPublished: number }
  explainers: { total: number; byStage: Record<string, number>; byLanguage: Record<string, number> }
  minorityLanguage: { editions: number; audio: number }
  pressBriefings: { total: number; items: { title: string; heldAt: string }[] }
  spokespersons: { covered: number; total: number; missing: string[] }
}

const published: Where = { _status: { equals: 'published' } }

/**
 * The figures of a 6-month or annual report on policy communication (Kế hoạch 6684, phần V), counted from the
 * platform's own published data, for one agency or the whole province.
 */
export async function communicationReport(payload: Payload, period: ReportPeriod, agencyId?: string): Promise<CommunicationReport> {
  const { start, end } = periodBounds(period)
  const inPeriod = (field: string): Where => ({ and: [{ [field]: { greater_than_equal: start } }, { [field]: { less_than_equal: end } }] })
  const ofAgency = (field: string): Where[] => (agencyId ? [{ [field]: { equals: agencyId } }] : [])
  const find = async (collection: 'drafts' | 'explainers' | 'press-briefings', where: Where[]) =>
    (await payload.find({ collection, where: { and: [published, ...where] }, locale: 'all', depth: 0, pagination: false })).docs as unknown as LooseDocument[]

  const drafts = await find('drafts', [inPeriod('opensAt'), ...ofAgency('draftingAgency')])
  const explainers = await find('explainers', [inPeriod('createdAt'), ...ofAgency('agency')])
  const briefings = await find('press-briefings', [inPeriod('heldAt'), ...ofAgency('agency')])
  const comments = (
    await payload.find({
      collection: 'comments',
      where: { and: [inPeriod('createdAt'), ...ofAgency('agency')] },
      select: { state: true },
      depth: 0,
      pagination: false,
    })
  ).docs
  const byState = Object.fromEntries(
    Object.keys(commentStates).map((state) => [state, comments.filter((comment) => comment.state === state).length]),
  ) as Record<CommentState, number>
  const responses = await payload.count({ collection: 'consultation-responses', where: { and: [published, inPeriod('updatedAt'), ...ofAgency('agency')] } })
  const agencies = (await payload.find({ collection: 'agencies', depth: 0, pagination: false })).docs
  const spokespersons = (await payload.find({ collection: 'spokespersons', depth: 0, pagination: false })).docs
  const scope = agencyId ? agencies.filter((agency) => agency.id === agencyId) : agencies
  const coverage = spokespersonCoverage(
    scope.map((agency) => ({ id: String(agency.id), kind: agency.kind, name: agency.name, ceasedOn: agency.ceasedOn })),
    spokespersons.map((person) => ({ agencyId: String(person.agency), until: person.until ?? undefined })),
    new Date(end),
  )

  const byStage: Record<string, number> = {}
  const byLanguage: Record<string, number> = {}
  let minorityEditions = 0
  let audio = 0
  for (const explainer of explainers) {
    byStage[explainer.lifecycleStage] = (byStage[explainer.lifecycleStage] ?? 0) + 1
    for (const locale of localeCodes) {
      if (!explainer.title?.[locale]) continue
      byLanguage[locale] = (byLanguage[locale] ?? 0) + 1
      if (isReferenceOnly(locale)) minorityEditions++
      if (isReferenceOnly(locale) && explainer.audio?.[locale]) audio++
    }
  }
  const agency = agencyId ? agencies.find((item) => item.id === agencyId) : undefined
  return {
    agency: agency ? { id: String(agency.id), name: agency.name } : null,
    period,
    generatedAt: new Date().toISOString(),
    drafts: {
      total: drafts.length,
      items: drafts.map((draft) => ({
        title: draft.title?.vi ?? '',
        opensAt: draft.opensAt,
        closesAt: draft.closesAt,
        days: consultationLength(draft.opensAt, draft.closesAt),
      })),
    },
    comments: { received: comments.length, byState, responsesPublished: responses.totalDocs },
    explainers: { total: explainers.length, byStage, byLanguage },
    minorityLanguage: { editions: minorityEditions, audio },
    pressBriefings: { total: briefings.length, items: briefings.map((briefing) => ({ title: briefing.title?.vi ?? '', heldAt: briefing.heldAt })) },
    spokespersons: { covered: coverage.covered.length, total: coverage.total, missing: coverage.missing.map((item) => item.name) },
  }
}
