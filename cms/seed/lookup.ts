import type { CollectionSlug, Payload } from 'payload'

/** Finds the IDs of documents by a unique field (e.g. agencies by name) and says which name is missing, if any. */
export async function idsBy(payload: Payload, collection: CollectionSlug, field: string, values: string[] = []): Promise<string[]> {
  const ids: string[] = []
  for (const value of values) {
    const found = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true })
    const doc = found.docs[0]
    if (!doc) throw new Error(`Seed content names ${collection} "${value}", which does not exist: add it to content/ or fix the name.`)
    ids.push(String(doc.id))
  }
  return ids
}

/** The ID of one document by a unique field. */
export async function idBy(payload: Payload, collection: CollectionSlug, field: string, value: string): Promise<string> {
  const [id] = await idsBy(payload, collection, field, [value])
  return id as string
}

/** An ISO instant a number of days from now, for demo dates that stay current whenever the demo is seeded. */
/**
 * A demo date: a number of days from now (for what must stay current, like an open consultation), or a calendar day
 * (for what is history, like an adopted resolution and the day it took effect), read as that day in Vietnam.
 */
export function demoDate(value: number | string | Date, now = new Date()): string {
  if (typeof value === 'number') return daysFromNow(value, now)
  const day = value instanceof Date ? value.toISOString().slice(0, 10) : value
  return new Date(`${day}T08:00:00+07:00`).toISOString()
}

export function daysFromNow(days: number, now = new Date()): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString()
}
