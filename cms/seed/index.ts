import type { Payload } from 'payload'
import { seedConsultations } from './seedConsultations'
import { seedDrafts } from './seedDrafts'
import { seedExplainers } from './seedExplainers'
import { seedHandbook } from './seedHandbook'
import { seedPolicyDocuments } from './seedPolicyDocuments'
import { seedPressBriefings } from './seedPressBriefings'
import { seedReferenceData } from './seedReferenceData'

/** Loads the demo content from content/; running it again creates nothing that already exists. */
export async function seed(payload: Payload) {
  await seedReferenceData(payload)
  await seedPolicyDocuments(payload)
  await seedDrafts(payload)
  await seedConsultations(payload)
  await seedExplainers(payload)
  await seedHandbook(payload)
  await seedPressBriefings(payload)
}
