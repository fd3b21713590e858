// @ts-check
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { localeCodes } from '../shared/locales.ts'
import { itemJson } from './integrations/itemJsonFiles.ts'
import { keptRenderer } from './integrations/keptRenderer.ts'
import { previousPages } from './integrations/previousPages.ts'
import { redirectPages } from './integrations/redirectPages.ts'
import { routeManifest } from './integrations/routeManifest.ts'
import { searchIndex } from './integrations/searchIndex.ts'
import { shareImages } from './integrations/shareImages.ts'
import { settings } from '../shared/settings.ts'
import { siteBase, siteUrl } from '../shared/siteAddress.ts'

const itemJsonFiles = itemJson()
// The comment form posts to the CMS (another origin, as citizens' browsers reach it).
const { CMS_PUBLIC_URL, SITE_OUT_DIR, SITE_PREVIOUS_RELEASE } = settings()
const cmsOrigin = new URL(CMS_PUBLIC_URL).origin

// The public site: built from the published snapshot only, deployable under a base path of the provincial portal.
export default defineConfig({
  site: siteUrl,
  base: siteBase,
  trailingSlash: 'always',
  outDir: SITE_OUT_DIR ?? '../dist',
  // CSS inline: a page arrives in one round trip on a slow network, with no render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // The sitemap links each page to its other-language editions (hreflang) by their language prefix; embed cards
  // and bulletin boards are for iframes and screens, not for search engines. A targeted rebuild (after a publish)
  // adds the live release's pages, which it keeps.
  integrations: [
    mdx(),
    sitemap({
      customPages: previousPages(SITE_PREVIOUS_RELEASE),
      // Confirmation pages (a comment sent, an alert subscription sent or confirmed) are noindex: not in the sitemap either.
      filter: (page) => !/\/(nhung|bang-tin)\/|\/(da-gui-gop-y|theo-doi\/da-gui|theo-doi\/da-xac-nhan)\/$/.test(page),
      i18n: { defaultLocale: 'vi', locales: Object.fromEntries(localeCodes.map((code) => [code, code === 'vi' ? 'vi-VN' : code])) },
    }),
    shareImages(),
    searchIndex(),
    redirectPages(),
    itemJsonFiles,
    routeManifest(itemJsonFiles.routes),
    keptRenderer(),
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy in every page: only the scripts and styles Astro wrote (by hash) or served from the
  // site run, so text that slipped markup past every escape still cannot run script. Pagefind needs WebAssembly.
  // What a <meta> policy cannot say (frame-ancestors) the server sends as headers (shared/securityHeaders.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self' ${cmsOrigin}`,
        `form-action 'self' ${cmsOrigin}`,
        "frame-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
})
