// A long-lived Astro builder: `astro build` in this process, again and again, so each build after the first finds
// Astro, Vite and the site's dependencies loaded and compiled (about half the time of a fresh `astro build`).
// It keeps the last build's renderer to render live previews of unpublished documents (keptRenderer.ts).
// Driven by site/publish/warmAstroBuild.ts over the IPC channel; it exits when its parent lets it go: after a failed build,
// and once it has grown large (each build leaves some memory behind).
import { build } from 'astro'
import path from 'node:path'
import { settings } from '../../shared/settings'
import type { PreviewItem } from '../src/lib/previewItem'
import { answerImportsFromRemovedBundles, renderPreview } from './keptRenderer'

export type WorkerRequest = { env: Record<string, string> } | { preview: { sitePath: string; item: PreviewItem } }

const memoryLimitBytes = settings().SITE_BUILDER_MEMORY_MB * 1024 * 1024
// Variables one build sets and the next may not.
const perBuildVariables = new Set<string>()
let previews = 0

function setVariables(env: Record<string, string>) {
  for (const name of perBuildVariables) delete process.env[name]
  for (const [name, value] of Object.entries(env)) {
    process.env[name] = value
    perBuildVariables.add(name)
  }
}

process.env.SITE_KEEP_RENDERER = 'true'
answerImportsFromRemovedBundles()
process.on('disconnect', () => process.exit(0))
process.on('message', async (request: WorkerRequest) => {
  try {
    if ('preview' in request) {
      // A folder name of its own, so that what the site keeps per build is read again with the previewed document.
      setVariables({ SITE_OUT_DIR: `preview-${++previews}` })
      const rendered = await renderPreview(request.preview.sitePath, request.preview.item)
      process.send!({ ok: true, rendered })
      return
    }
    setVariables(request.env)
    await build({ root: path.resolve('site'), logLevel: 'error' })
    process.send!({ ok: true, isRetiring: process.memoryUsage().rss > memoryLimitBytes })
  } catch (error) {
    process.send!({ ok: false, message: error instanceof Error ? error.message : String(error) })
  }
})
