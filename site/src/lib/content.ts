import type { SnapshotAgency } from '../../../shared/snapshot'
import { toSlug } from '../../../shared/toSlug'
import { perBuild } from './perBuild'
import { type Site, siteFrom } from './site'
import { buildSnapshotContent } from './snapshotContent'
import { includingPreviewItem } from './previewItem'

export type { Site }

/**
 * Everything in the published snapshot, read once per build (with the document a live preview shows). Pages read
 * the snapshot here and nowhere else, not through Astro's content layer: a renderer kept from one build
 * (site/publish/keptRenderer.ts) then renders with the snapshot of now, and a build holds the snapshot once.
 */
export const loadSite = perBuild(async (): Promise<Site> => siteFrom(includingPreviewItem(await buildSnapshotContent())))

/** The URL slug of an agency, from its name ("Sở Tư pháp" → "so-tu-phap"). */
export const agencySlug = (agency: SnapshotAgency): string => toSlug(agency.name)
