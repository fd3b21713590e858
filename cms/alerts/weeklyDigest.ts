import type { Payload, Where } from 'payload'
import type { AlertSubscription } from '../payload-types'
import { digestMessage } from './alertMessage'
import { matchesSubscription } from './matchesSubscription'
import { alertBatchSize, sendMessages } from './sendAlert'

const week = 7 * 24 * 60 * 60 * 1000
// Vietnam keeps UTC+7 all year: its calendar is UTC's, seven hours on.
const inVietnam = (instant: Date) => new Date(instant.getTime() + 7 * 60 * 60 * 1000)

/** The ISO week of an instant in Vietnam, e.g. "2026-W49". */
export function isoWeek(instant: Date): string {
  const day = inVietnam(instant)
  const thursday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7)))
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4))
  const number = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / week - (3 - ((firstThursday.getUTCDay() + 6) % 7)) / 7)
  return `${thursday.getUTCFullYear()}-W${String(number).padStart(2, '0')}`
}

/** Digests go out from Monday 07:00, Vietnam time. */
export const isDigestTime = (instant: Date) => inVietnam(instant).getUTCDay() === 1 && inVietnam(instant).getUTCHours() >= 7

/**
 * Sends each confirmed weekly subscriber one message with the alerts of the past seven days that match them
 * (none when nothing matches). Each subscriber is claimed for the week before their message goes out, so running
 * this again in the same week sends nothing more; one the mail server refuses is released to be tried next hour.
 */
export async function sendWeeklyDigests(payload: Payload, now = new Date()): Promise<{ sent: number }> {
  const thisWeek = isoWeek(now)
  const { docs: alerts } = await payload.find({
    collection: 'alerts',
    where: { createdAt: { greater_than: new Date(now.getTime() - week).toISOString() } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (!alerts.length) return { sent: 0 }
  const due: Where = {
    and: [
      { confirmedAt: { exists: true } },
      { frequency: { equals: 'weekly' } },
      { or: [{ digestWeek: { exists: false } }, { digestWeek: { not_equals: thisWeek } }] },
    ],
  }
  let sent = 0
  let cursor: number | string | undefined
  for (;;) {
    const { docs: batch } = await payload.find({
      collection: 'alert-subscriptions',
      where: cursor === undefined ? due : { and: [due, { id: { greater_than: cursor } }] },
      sort: 'id',
      limit: alertBatchSize,
      depth: 0,
      overrideAccess: true,
    })
    if (!batch.length) return { sent }
    cursor = batch.at(-1)!.id
    const messages = []
    for (const subscription of batch) {
      const { docs: claimed } = await payload.update({
        collection: 'alert-subscriptions',
        where: { and: [{ id: { equals: subscription.id } }, due] },
        data: { digestWeek: thisWeek },
        overrideAccess: true,
        depth: 0,
      })
      const matching = alerts.filter((alert) => matchesSubscription(alert, subscription))
      if (claimed.length === 1 && matching.length) messages.push({ subscription, message: digestMessage(payload.secret, matching, subscription) })
    }
    const failed: AlertSubscription[] = await sendMessages(payload, messages)
    for (const subscription of failed)
      await payload.update({
        collection: 'alert-subscriptions',
        id: subscription.id,
        data: { digestWeek: subscription.digestWeek ?? null },
        overrideAccess: true,
        depth: 0,
      })
    sent += messages.length - failed.length
  }
}
