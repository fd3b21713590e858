import type { AstroIntegration } from 'astro'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { settings } from '../../shared/settings'

/** Each route's output files, relative to the build folder: what a targeted rebuild replaces or keeps. */
export type RouteManifest = Record<string, string[]>

/**
 * Writes the route manifest to SITE_ROUTES_FILE (set by the site rebuilder; outside dist/, as nobody else needs it),
 * with the routes of files written outside Astro's routing (`moreRoutes`, read after the build).
 */
export function routeManifest(moreRoutes: () => RouteManifest = () => ({})): AstroIntegration {
  return {
    name: 'ttcs-route-manifest',
    hooks: {
      'astro:build:done': async ({ dir, assets }) => {
        const target = settings().SITE_ROUTES_FILE
        if (!target) return
        const root = fileURLToPath(dir)
        // Astro adds each build's files to the routes it keeps in memory: a warm builder also sees earlier builds'.
        const inThisBuild = (files: URL[]) =>
          [...new Set(files.map((file) => path.relative(root, fileURLToPath(file))))].filter((file) => !file.startsWith('..'))
        const manifest: RouteManifest = { ...Object.fromEntries([...assets].map(([route, files]) => [route, inThisBuild(files)])), ...moreRoutes() }
        await writeFile(target, JSON.stringify(manifest))
      },
    },
  }
}
