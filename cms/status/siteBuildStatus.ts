import { readFile } from 'node:fs/promises'
import type { SiteBuildStatus } from '../../shared/siteBuildStatus'
import { settings } from '../../shared/settings'

/** The public site's build state as `npm start` records it (SITE_STATUS_FILE), or undefined where the site is built elsewhere. */
export async function readSiteBuildStatus(file = settings().SITE_STATUS_FILE): Promise<SiteBuildStatus | undefined> {
  if (!file) return undefined
  return readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as SiteBuildStatus,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    },
  )
}
