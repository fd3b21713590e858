import type { AstroIntegration } from 'astro'
import { settings } from '../../shared/settings'
import { keepRenderer } from '../publish/keptRenderer'

/**
 * Keeps the renderer of each build (Astro's own prerenderer, with every page module loaded) for the site builder's
 * live previews: a page rendered again in its process takes milliseconds, where a build takes seconds.
 * Only in the site builder's long-lived process (site/publish/astroBuildWorker.ts); `astro build` is unchanged.
 */
export function keptRenderer(): AstroIntegration {
  return {
    name: 'ttcs-kept-renderer',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        if (!settings().SITE_KEEP_RENDERER) return
        setPrerenderer((standard) => ({
          ...standard,
          name: 'ttcs-kept-renderer',
          async setup() {
            await standard.setup?.()
            await keepRenderer(standard)
          },
        }))
      },
    },
  }
}
