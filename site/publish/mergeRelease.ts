import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { RouteManifest } from '../integrations/routeManifest'
import { documentRoutes } from './scope'

type Options = { liveRoutes: RouteManifest; part: string; partRoutes: RouteManifest; target: string }

/** Made whole by every targeted rebuild, never kept from the live release: the search delta and the sitemap. */
export const isRebuiltWhole = (relative: string) =>
  relative === 'pagefind-delta' || relative.startsWith(`pagefind-delta${path.sep}`) || /^sitemap-.*\.xml$/.test(relative)

/**
 * Completes a new release made of the live release's files (hard links, see linkTree) with a targeted rebuild's
 * files in their place. List pages come only from the rebuild; if one of them disappeared (a topic or agency page
 * with nothing left on it), the merge gives up and says why, so the caller builds in full.
 * Returns the new release's route manifest.
 */
export async function mergeRelease({ liveRoutes, part, partRoutes, target }: Options): Promise<{ routes: RouteManifest } | { fullBecause: string }> {
  const isDocumentRoute = (route: string) => documentRoutes.includes(route)
  for (const [route, files] of Object.entries(partRoutes)) {
    if (isDocumentRoute(route)) continue
    const rebuilt = new Set(files)
    const gone = (liveRoutes[route] ?? []).find((file) => !rebuilt.has(file))
    if (gone) return { fullBecause: `${gone} no longer exists` }
  }
  const rebuiltFiles = (await readdir(part, { recursive: true, withFileTypes: true })).filter((entry) => !entry.isDirectory())
  for (const entry of rebuiltFiles) {
    const relative = path.relative(part, path.join(entry.parentPath, entry.name))
    const destination = path.join(target, relative)
    await mkdir(path.dirname(destination), { recursive: true })
    // Replaces the link to the live file rather than writing through it.
    await rm(destination, { force: true })
    await rename(path.join(part, relative), destination)
  }
  const routes: RouteManifest = { ...liveRoutes }
  for (const [route, files] of Object.entries(partRoutes))
    routes[route] = isDocumentRoute(route) ? [...new Set([...(liveRoutes[route] ?? []), ...files])] : files
  return { routes }
}
