import type { AstroPrerenderer } from 'astro'
import { registerHooks } from 'node:module'
import { siteRoot } from '../../shared/siteAddress'
import { parseSnapshotItems } from '../../shared/snapshot'
import { type PreviewItem, withPreviewItem } from '../src/lib/previewItem'

/** What this code needs of Astro's build app (core/build/app.js): load pages, match a path, render it, forget cached static paths. */
type BuildApp = {
  manifest: { routes: { routeData: unknown }[] }
  getComponentByRoute: (routeData: unknown) => Promise<unknown>
  routeCache: { clearAll: () => void }
  match: (request: Request, allowPrerenderedRoutes: boolean) => unknown
  render: (request: Request, options: { routeData: unknown }) => Promise<Response>
}

/** A page rendered for a preview: the status Astro gave it, and its HTML. */
export type RenderedPage = { status: number; html: string }

// On globalThis: Astro loads the integration that keeps it through its own module loader, apart from this process's copy.
const key = Symbol.for('ttcs.keptRenderer')
const holder = globalThis as { [key]?: BuildApp }

/** Keeps the app of the build now starting, with every page's module loaded while the build's bundle is there. */
export async function keepRenderer(prerenderer: AstroPrerenderer): Promise<void> {
  const app = (prerenderer as AstroPrerenderer & { app?: BuildApp }).app
  if (!app) return
  await Promise.all(app.manifest.routes.map(({ routeData }) => app.getComponentByRoute(routeData)))
  holder[key] = app
}

/**
 * Node looks a module's file up again on every dynamic import, even of a module it has loaded, and a build removes
 * its bundle when done: an import from a kept build's bundle is answered with the module already loaded.
 */
export function answerImportsFromRemovedBundles(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context)
      } catch (error) {
        const isBuildBundle = context.parentURL?.includes('/.prerender/') && specifier.startsWith('.')
        if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND' || !isBuildBundle) throw error
        return { url: new URL(specifier, context.parentURL).href, shortCircuit: true }
      }
    },
  })
}

/**
 * The page at this path (relative to the site's root) rendered by the last build's renderer, with one unpublished document in the content.
 * The caller sets a fresh SITE_OUT_DIR first, so that what a build keeps for itself (the site's content) is read anew.
 */
export async function renderPreview(sitePath: string, preview: PreviewItem): Promise<RenderedPage> {
  const app = holder[key]
  if (!app) throw new Error('The site builder has not built the site yet.')
  // Checked as the snapshot's items are: what the CMS sends is rendered as if published.
  parseSnapshotItems(preview.kind, [preview.item])
  const request = new Request(new URL(sitePath.replace(/^\/+/, ''), siteRoot))
  // Static paths are cached per route; the preview's differ from the build's, and the next build's from the preview's.
  app.routeCache.clearAll()
  try {
    return await withPreviewItem(preview, async () => {
      const routeData = app.match(request, true)
      if (!routeData) return { status: 404, html: '' }
      const response = await app.render(request, { routeData })
      return { status: response.status, html: await response.text() }
    })
  } finally {
    app.routeCache.clearAll()
  }
}
