import { AsyncLocalStorage } from 'node:async_hooks'
import type { CollectionAfterChangeHook, Payload } from 'payload'
import { ValidationError } from 'payload'
import { closingAlertDays } from '../../shared/alerts'
import { contentKinds } from '../../shared/contentKinds'
import { consultationStatus } from '../../shared/consultationStatus'
import { defaultLocale } from '../../shared/locales'
import { relationId } from '../../shared/relationId'
import { siteRoot } from '../../shared/siteAddress'
import type { Alert, ConsultationResponse, Draft, Explainer, PressBriefing } from '../payload-types'

type NewAlert = Omit<Alert, 'id' | 'createdAt' | 'updatedAt' | 'claimed' | 'cursor' | 'retry' | 'retryRounds' | 'sent' | 'finishedAt'>

/** Alerts have a queue of their own: a big send never holds up a scheduled publish. */
export const alertQueue = 'alerts'

const seeding = new AsyncLocalStorage<true>()

/** Runs the demo seed without alerts: loading content/ is not news to anyone who subscribes later. */
export const withoutAlerts = <T>(load: () => Promise<T>): Promise<T> => seeding.run(true, load)

const pageOf = (kind: keyof typeof contentKinds, slug: string, anchor = '') => new URL(`${contentKinds[kind].segment}/${slug}/${anchor}`, siteRoot).href

/**
 * Records an alert once (its key is unique: publishing again, or two saves at once, record nothing more) and queues
 * the job that sends it. Returns whether it was new.
 */
export async function recordAlert(payload: Payload, alert: NewAlert): Promise<boolean> {
  let id: number | string
  try {
    id = (await payload.create({ collection: 'alerts', data: alert, overrideAccess: true, depth: 0 })).id
  } catch (error) {
    if (error instanceof ValidationError && error.data.errors.some((item) => item.path === 'key')) return false
    throw error
  }
  const job = await payload.jobs.queue({ task: 'sendAlert', queue: alertQueue, input: { alert: String(id) } })
  // Sent at once by the process that runs jobs; any other instance leaves it to that process's next minute.
  if (payload.config.jobs.shouldAutoRun && (await payload.config.jobs.shouldAutoRun(payload)))
    void payload.jobs
      .run({ queue: alertQueue, where: { id: { equals: job.id } } })
      .catch((error: unknown) => payload.logger.error({ err: error }, 'An alert could not be sent.'))
  return true
}

function draftAlert(kind: 'newDraft' | 'closing', draft: Draft): NewAlert {
  return {
    key: `${kind}:drafts:${draft.id}`,
    kind,
    title: draft.title,
    summary: draft.summary,
    url: pageOf('drafts', draft.slug!, kind === 'closing' ? '#gop-y' : ''),
    closesAt: draft.closesAt,
    agency: relationId(draft.draftingAgency),
    topics: (draft.topics ?? []).map((topic) => relationId(topic)!),
    documentType: relationId(draft.documentType),
  } as NewAlert
}

/** An afterChange hook that records the alert `describe` makes of a document once it is published, in Vietnamese. */
function alertOnPublish<T extends { id: string; _status?: 'draft' | 'published' | null }>(
  describe: (doc: T, payload: Payload) => Promise<NewAlert | undefined> | NewAlert | undefined,
): CollectionAfterChangeHook<T> {
  return ({ doc, req }) => {
    if (doc._status !== 'published' || seeding.getStore() || (req.locale && req.locale !== defaultLocale && req.locale !== 'all')) return doc
    // After the save, outside its transaction: a failed alert never undoes a publish.
    void (async () => {
      const alert = await describe(doc, req.payload)
      if (alert) await recordAlert(req.payload, alert)
    })().catch((error: unknown) => req.payload.logger.error({ err: error }, 'An alert could not be recorded.'))
    return doc
  }
}

/** A draft published while its consultation is coming or open (a draft published after it closed is no news). */
export const alertOnDraft = alertOnPublish<Draft>((draft) => {
  const status = consultationStatus({ opensAt: draft.opensAt, closesAt: draft.closesAt, isIssued: Boolean(draft.numberAndSymbol) })
  return status === 'upcoming' || status === 'open' ? draftAlert('newDraft', draft) : undefined
})

export const alertOnResponse = alertOnPublish<ConsultationResponse>(async (response, payload) => {
  const draft = await payload.findByID({
    collection: 'drafts',
    id: relationId(response.draft)!,
    depth: 0,
    draft: false,
    overrideAccess: true,
    locale: defaultLocale,
  })
  if (draft._status !== 'published') return undefined
  return {
    ...draftAlert('newDraft', draft),
    key: `response:consultation-responses:${response.id}`,
    kind: 'response',
    title: draft.title,
    summary: response.intro ?? `${(response.items ?? []).length} nội dung được tiếp thu, giải trình.`,
    url: pageOf('drafts', draft.slug!, '#giai-trinh'),
    closesAt: null,
  }
})

export const alertOnExplainer = alertOnPublish<Explainer>((explainer) => ({
  key: `explainer:explainers:${explainer.id}`,
  kind: 'explainer',
  title: explainer.title,
  summary: explainer.lead,
  url: pageOf('explainers', explainer.slug!),
  agency: relationId(explainer.agency),
  topics: (explainer.topics ?? []).map((topic) => relationId(topic)!),
}))

export const alertOnBriefing = alertOnPublish<PressBriefing>((briefing) => ({
  key: `briefing:press-briefings:${briefing.id}`,
  kind: 'briefing',
  title: briefing.title,
  summary: briefing.summary,
  url: pageOf('pressBriefings', briefing.slug!),
  agency: relationId(briefing.agency),
  topics: (briefing.topics ?? []).map((topic) => relationId(topic)!),
}))

/** The published drafts whose consultation ends within the next three days and that have no closing alert yet. */
export async function recordClosingAlerts(payload: Payload, now = new Date()): Promise<number> {
  const soon = new Date(now.getTime() + closingAlertDays * 24 * 60 * 60 * 1000)
  const { docs } = await payload.find({
    collection: 'drafts',
    where: {
      and: [{ _status: { equals: 'published' } }, { closesAt: { greater_than: now.toISOString() } }, { closesAt: { less_than_equal: soon.toISOString() } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    locale: defaultLocale,
  })
  let recorded = 0
  for (const draft of docs) {
    if (consultationStatus({ opensAt: draft.opensAt, closesAt: draft.closesAt, isIssued: Boolean(draft.numberAndSymbol) }, now) !== 'open') continue
    if (await recordAlert(payload, draftAlert('closing', draft))) recorded++
  }
  return recorded
}
