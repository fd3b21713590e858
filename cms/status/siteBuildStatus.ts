import type { Payload } from 'payload'
import type { SiteBuildStatus } from '../../shared/siteBuildStatus'

/** The public site's build state as the publisher last reported it, or undefined where the site is built elsewhere. */
export async function readSiteBuildStatus(payload: Payload): Promise<SiteBuildStatus | undefined> {
  const global = await payload.findGlobal({ slug: 'site-build-status', overrideAccess: true, depth: 0 })
  return (global.status as SiteBuildStatus | null) ?? undefined
}
