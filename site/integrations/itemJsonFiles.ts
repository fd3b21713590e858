import type { AstroIntegration } from 'astro'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pMap from 'p-map'
import { apiResources } from '../../shared/api'
import { oembedPath, oembedResponse } from '../../shared/oembed'
import { type ApiResource, apiItems } from '../src/lib/apiItems'
import { absoluteUrl } from '../src/lib/deployment'
import { embedItems } from '../src/lib/embedItems'
import { type Site, siteFrom } from '../src/lib/site'
import { buildSnapshotContent } from '../src/lib/snapshotContent'
import type { RouteManifest } from './routeManifest'

/** The route names these files go by in the route manifest (see buildScope's documentRoutes). */
export const itemJsonRoutes = { api: '/api/v1/[resource]/[slug].json', oembed: '/oembed/[...item]' } as const

/**
 * One JSON file per published item for other sites' scripts: the API item (the snapshot's public fields and
 * links, nothing personal) and the oEmbed 1.0 response its page links to. Paths are relative to the build folder.
 */
export function itemJsonFiles(site: Site): Record<keyof typeof itemJsonRoutes, Map<string, unknown>> {
  const api = new Map<string, unknown>()
  for (const resource of Object.keys(apiResources) as ApiResource[])
    for (const item of apiItems(site.pages, resource)) api.set(`api/v1/${resource}/${item.slug}.json`, item)
  const oembed = new Map<string, unknown>(embedItems(site).map((item) => [oembedPath(item), oembedResponse(item, absoluteUrl(''))]))
  return { api, oembed }
}

/**
 * Writes the item JSON files after the pages. As Astro routes, these 2 files per item took about as much of the
 * build as the item's HTML page; written here, they take a fraction of a second. Like the pages, a targeted
 * rebuild writes only the documents in scope. The route manifest gets their files through `routes`.
 */
export function itemJson(): AstroIntegration & { routes: () => RouteManifest } {
  let routes: RouteManifest = {}
  return {
    name: 'ttcs-item-json',
    routes: () => routes,
    hooks: {
      'astro:build:start': () => {
        routes = {}
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        const files = itemJsonFiles(siteFrom(await buildSnapshotContent()))
        const folders = new Set([...files.api.keys(), ...files.oembed.keys()].map((file) => path.dirname(path.join(root, file))))
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })))
        // A few at a time: tens of thousands of files opened at once would run out of file descriptors.
        await pMap(
          Object.values(files).flatMap((group) => [...group]),
          ([file, value]) => writeFile(path.join(root, file), JSON.stringify(value)),
          { concurrency: 16 },
        )
        routes = { [itemJsonRoutes.api]: [...files.api.keys()], [itemJsonRoutes.oembed]: [...files.oembed.keys()] }
        logger.info(`${files.api.size + files.oembed.size} item JSON files written`)
      },
    },
  }
}
