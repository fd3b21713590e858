import type { AlertKind } from '../../shared/alerts'
import { relationId } from '../../shared/relationId'
import type { Alert, AlertSubscription } from '../payload-types'

const sameAs = (filter: unknown, value: unknown) => !relationId(filter) || relationId(filter) === relationId(value)

/**
 * Whether a subscriber asked for this alert: its kind, and each filter they set (a topic among the alert's, its
 * agency; the document type only for alerts about drafts, the only ones that have one).
 */
export function matchesSubscription(alert: Pick<Alert, 'kind' | 'agency' | 'topics' | 'documentType'>, subscription: AlertSubscription): boolean {
  if (!(subscription.kinds as AlertKind[]).includes(alert.kind as AlertKind)) return false
  if (!sameAs(subscription.agency, alert.agency)) return false
  const topic = relationId(subscription.topic)
  if (topic && !(alert.topics ?? []).some((candidate) => relationId(candidate) === topic)) return false
  if (alert.documentType && !sameAs(subscription.documentType, alert.documentType)) return false
  return true
}
