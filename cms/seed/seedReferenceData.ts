import type { Payload } from 'payload'
import type { Agency } from '../payload-types'
import { toSlug } from '../../shared/toSlug'
import { findOrCreate } from './findOrCreate'
import { idBy } from './lookup'
import { readJson } from './readContent'

type AgencySeed = { name: string; shortName?: string; kind: Agency['kind']; parent?: string; website?: string; ceasedOn?: string; successor?: string }
type SpokespersonSeed = { agency: string; fullName: string; position: string; phone?: string; email?: string; appointingDecision?: string; since?: string }

/** Agencies, document types, topics and the demo spokespersons. */
export async function seedReferenceData(payload: Payload) {
  // Parents and successors come first in the file, so each exists before the agencies that name it.
  for (const agency of await readJson<AgencySeed[]>('agencies.json')) {
    await findOrCreate(payload, 'agencies', { name: { equals: agency.name } }, async () => ({
      ...agency,
      parent: agency.parent ? await idBy(payload, 'agencies', 'name', agency.parent) : undefined,
      successor: agency.successor ? await idBy(payload, 'agencies', 'name', agency.successor) : undefined,
    }))
  }
  for (const type of await readJson<{ name: string; minimumConsultationDays: number; legalBasis: string }[]>('document-types.json')) {
    await findOrCreate(payload, 'document-types', { name: { equals: type.name } }, () => type)
  }
  for (const topic of await readJson<{ name: string }[]>('topics.json')) {
    await findOrCreate(payload, 'topics', { name: { equals: topic.name } }, () => ({ ...topic, slug: toSlug(topic.name) }))
  }
  for (const person of await readJson<SpokespersonSeed[]>('spokespersons.json')) {
    const agency = await idBy(payload, 'agencies', 'name', person.agency)
    await findOrCreate(payload, 'spokespersons', { and: [{ fullName: { equals: person.fullName } }, { agency: { equals: agency } }] }, () => ({
      ...person,
      agency,
      isDemo: true,
    }))
  }
}
