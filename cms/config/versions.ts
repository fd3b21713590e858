import type { CollectionConfig } from 'payload'

/**
 * How every kind of public content keeps versions: drafts, up to 50 versions, and scheduled publishing that an
 * editor sets to the minute, in 24-hour time as Vietnamese write it (Payload's picker offers 5-minute steps and
 * "h:mm aa" otherwise).
 */
export const contentVersions = {
  drafts: { schedulePublish: { timeIntervals: 1, timeFormat: 'HH:mm' } },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']
