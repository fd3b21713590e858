import type { CollectionBeforeChangeHook } from 'payload'
import { localDay } from '../../../../shared/localDay'
import type { Draft } from '../../../payload-types'

/**
 * A consultation runs from the start of its opening day to the end of its closing day, in the
 * province's time zone (UTC+7, no daylight saving), whatever hour the date picker sent.
 */
export const alignConsultationDays: CollectionBeforeChangeHook<Draft> = ({ data }) => {
  if (data.opensAt) data.opensAt = new Date(`${localDay(data.opensAt)}T00:00:00.000+07:00`).toISOString()
  if (data.closesAt) data.closesAt = new Date(`${localDay(data.closesAt)}T23:59:59.999+07:00`).toISOString()
  return data
}
