import pMap from 'p-map'
import type { Payload, Where } from 'payload'
import type { Alert, AlertSubscription } from '../payload-types'
import { alertMessage, type Message } from './alertMessage'
import { matchesSubscription } from './matchesSubscription'

/** Subscribers read and claimed per step; the most a crash in the middle of a step can leave unsent. */
export const alertBatchSize = 100
/** Messages handed to the mail transport at once: one per connection of its pool (cms/config/email.ts). */
const concurrency = 20
/** Rounds of retries for messages the mail server refused, before the task gives them up. */
const retryRounds = 3

const immediate: Where = { and: [{ confirmedAt: { exists: true } }, { frequency: { equals: 'immediate' } }] }

/** Sends messages, answering the subscriptions whose message the mail server did not take. */
export async function sendMessages(payload: Payload, messages: { subscription: AlertSubscription; message: Message }[]): Promise<AlertSubscription[]> {
  const failed: AlertSubscription[] = []
  await pMap(
    messages,
    async ({ subscription, message }) => {
      try {
        await payload.sendEmail(message)
      } catch (error) {
        payload.logger.warn({ err: error }, `An alert to subscription ${subscription.id} was refused; it will be tried again.`)
        failed.push(subscription)
      }
    },
    { concurrency },
  )
  return failed
}

/**
 * Sends one alert to every confirmed, immediate subscriber it matches, in batches: each batch is claimed (the claim
 * counter moves by compare-and-set, with the cursor past the batch) before its messages go out, so a repeated or
 * restarted run goes on after the last claimed batch and never sends a message twice. What the mail server refuses
 * is kept and tried again; the task then fails so that Payload runs it again later, up to three rounds.
 */
export async function sendAlert(payload: Payload, alertId: number | string): Promise<{ sent: number }> {
  let sent = 0
  for (;;) {
    const alert = await payload.findByID({ collection: 'alerts', id: alertId, depth: 0, overrideAccess: true })
    if (alert.finishedAt) return { sent }
    const retry = Array.isArray(alert.retry) ? (alert.retry as (number | string)[]) : []
    const where: Where = retry.length
      ? { and: [immediate, { id: { in: retry.slice(0, alertBatchSize) } }] }
      : { and: [immediate, ...(!alert.cursor ? [] : [{ id: { greater_than: alert.cursor } }])] }
    const { docs: batch } = await payload.find({ collection: 'alert-subscriptions', where, sort: 'id', limit: alertBatchSize, depth: 0, overrideAccess: true })
    if (!retry.length && !batch.length) {
      await claim(payload, alert, { finishedAt: new Date().toISOString() })
      return { sent }
    }
    const claimed = await claim(payload, alert, retry.length ? { retry: retry.slice(alertBatchSize) } : { cursor: String(batch.at(-1)!.id) })
    if (!claimed) throw new Error(`Alert ${alert.id} is being sent by another run.`)
    const messages = batch
      .filter((subscription) => matchesSubscription(alert, subscription))
      .map((subscription) => ({ subscription, message: alertMessage(payload.secret, alert, subscription) }))
    const failed = await sendMessages(payload, messages)
    sent += messages.length - failed.length
    const now = await payload.findByID({ collection: 'alerts', id: alertId, depth: 0, overrideAccess: true })
    const stillToRetry = [...(Array.isArray(now.retry) ? (now.retry as (number | string)[]) : []), ...failed.map((subscription) => subscription.id)]
    await payload.update({
      collection: 'alerts',
      id: alertId,
      data: { sent: (now.sent ?? 0) + messages.length - failed.length, retry: stillToRetry },
      overrideAccess: true,
      depth: 0,
    })
    if (retry.length && failed.length) {
      // This round of retries is over: the next waits for Payload's back-off, or gives up.
      if ((now.retryRounds ?? 0) + 1 >= retryRounds) {
        payload.logger.error(`Alert ${alert.id}: ${failed.length} message(s) refused ${retryRounds} times were given up.`)
        await payload.update({ collection: 'alerts', id: alertId, data: { retry: [] }, overrideAccess: true, depth: 0 })
      } else {
        await payload.update({ collection: 'alerts', id: alertId, data: { retryRounds: (now.retryRounds ?? 0) + 1 }, overrideAccess: true, depth: 0 })
        throw new Error(`Alert ${alert.id}: ${failed.length} message(s) refused by the mail server; trying again later.`)
      }
    }
  }
}

/** Moves an alert's claim counter from the value read to the next, with `data`; false when another run moved it first. */
async function claim(payload: Payload, alert: Alert, data: Partial<Alert>): Promise<boolean> {
  const { docs } = await payload.update({
    collection: 'alerts',
    where: { and: [{ id: { equals: alert.id } }, { claimed: { equals: alert.claimed ?? 0 } }] },
    data: { ...data, claimed: (alert.claimed ?? 0) + 1 },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length === 1
}
