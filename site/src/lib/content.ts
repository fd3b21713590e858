import { type CollectionKey, getCollection } from 'astro:content'
import type { SnapshotAgency } from '../../../shared/snapshot'
import { toSlug } from '../../../shared/toSlug'
import { perBuild } from './perBuild'
import { type Site, siteFrom } from './site'
import type { SnapshotDocuments } from './snapshotDocuments'

export type { Site }

async function all<K extends keyof SnapshotDocuments>(name: K): Promise<SnapshotDocuments[K]> {
  return (await getCollection(name as CollectionKey)).map((entry) => entry.data) as SnapshotDocuments[K]
}

/** Everything in the published snapshot, through Astro's content layer, loaded once per build. */
export const loadSite = perBuild(async (): Promise<Site> => {
  const [drafts, explainers, handbookChapters, policyDocuments, pressBriefings, agencies, topics, documentTypes, spokespersons] = await Promise.all([
    all('drafts'),
    all('explainers'),
    all('handbookChapters'),
    all('policyDocuments'),
    all('pressBriefings'),
    all('agencies'),
    all('topics'),
    all('documentTypes'),
    all('spokespersons'),
  ])
  return siteFrom({ drafts, explainers, handbookChapters, policyDocuments, pressBriefings, agencies, topics, documentTypes, spokespersons })
})

/** The URL slug of an agency, from its name ("Sở Tư pháp" → "so-tu-phap"). */
export const agencySlug = (agency: SnapshotAgency): string => toSlug(agency.name)
