import { type CollectionKey, getCollection } from 'astro:content'
import type { SnapshotAgency } from '../../../shared/snapshot'
import { toSlug } from '../../../shared/toSlug'
import { perBuild } from './perBuild'
import { type Site, siteFrom } from './site'
import { contentKindKeys } from '../../../shared/contentKinds'
import type { SnapshotContent } from './snapshotContent'
import { includingPreviewItem } from './previewItem'

export type { Site }

/** Everything in the published snapshot, through Astro's content layer, loaded once per build (with the document a live preview shows). */
export const loadSite = perBuild(async (): Promise<Site> => {
  const collections = await Promise.all(contentKindKeys.map(async (kind) => [kind, (await getCollection(kind as CollectionKey)).map((entry) => entry.data)]))
  return siteFrom(includingPreviewItem(Object.fromEntries(collections) as SnapshotContent))
})

/** The URL slug of an agency, from its name ("Sở Tư pháp" → "so-tu-phap"). */
export const agencySlug = (agency: SnapshotAgency): string => toSlug(agency.name)
