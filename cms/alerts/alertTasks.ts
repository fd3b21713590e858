import type { Payload, TaskConfig } from 'payload'
import { alertQueue, recordClosingAlerts } from './recordAlerts'
import { sendAlert } from './sendAlert'
import { isDigestTime, sendWeeklyDigests } from './weeklyDigest'

const unconfirmedDays = 7

/** Addresses nobody confirmed within a week are deleted: the confirmation message promises it. */
export async function forgetUnconfirmed(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'alert-subscriptions',
    where: {
      and: [{ confirmedAt: { exists: false } }, { createdAt: { less_than: new Date(now.getTime() - unconfirmedDays * 24 * 60 * 60 * 1000).toISOString() } }],
    },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** Every hour: closing consultations alerted, weekly digests from Monday morning, unconfirmed addresses forgotten. */
export async function runAlertSchedule(payload: Payload, now = new Date()) {
  const closing = await recordClosingAlerts(payload, now)
  const digests = isDigestTime(now) ? (await sendWeeklyDigests(payload, now)).sent : 0
  const forgotten = await forgetUnconfirmed(payload, now)
  return { closing, digests, forgotten }
}

export const alertTasks: TaskConfig[] = [
  {
    slug: 'sendAlert',
    label: 'Gửi thông báo qua thư điện tử',
    inputSchema: [{ name: 'alert', type: 'text', required: true }],
    // Refused messages are tried again after 5, 10 and 20 minutes.
    retries: { attempts: 3, backoff: { type: 'exponential', delay: 5 * 60_000 } },
    handler: async ({ input, req }) => ({ output: await sendAlert(req.payload, (input as { alert: string }).alert) }),
  },
  {
    slug: 'alertSchedule',
    label: 'Thông báo định kỳ (sắp hết hạn góp ý, thư tổng hợp tuần)',
    schedule: [{ cron: '0 * * * *', queue: alertQueue }],
    handler: async ({ req }) => ({ output: await runAlertSchedule(req.payload) }),
  },
]
