import type { Payload } from 'payload'
import { withoutAlerts } from '../alerts/recordAlerts'
import { seedConsultations } from './seedConsultations'
import { seedDrafts } from './seedDrafts'
import { seedExplainers } from './seedExplainers'
import { seedHandbook } from './seedHandbook'
import { seedPolicyDocuments } from './seedPolicyDocuments'
import { seedPressBriefings } from './seedPressBriefings'
import { seedReferenceData } from './seedReferenceData'

/** Loads the demo content from content/; running it again creates nothing that already exists. */
export function seed(payload: Payload) {
  return withoutAlerts(async () => {
    await seedReferenceData(payload)
    await seedPolicyDocuments(payload)
    await seedDrafts(payload)
    await seedConsultations(payload)
    await seedExplainers(payload)
    await seedHandbook(payload)
    await seedPressBriefings(payload)
  })
}
