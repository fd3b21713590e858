// The publisher: everything that turns a published snapshot into the live site, outside Astro's own build.
//   rebuildScope   compares the live snapshot with the new one: what a rebuild must render, or why everything
//   searchDelta    a small second search index of the changed pages, merged by the search page
//   warmAstroBuild a long-lived Astro builder (astroBuildWorker) reused across rebuilds
//   publishSite    builds a release (in full, or the changed pages merged into a hard-linked copy of the live one,
//                  mergeRelease + linkTree) and switches `dist` to it in one step
//   siteRebuilder  when to do all that: after a publish (webhook), nightly, on SIGHUP, in full when quiet
//   serveSite      the static server `npm start` uses, with the headers a static host must send
//   cmsConnection  what the publisher asks of a CMS over HTTP: the snapshot (written there or fetched), its build state
export { cmsConnection } from './cmsConnection'
export { astroCliBuild, publishSite, type Targeted } from './publishSite'
export { rebuildScope } from './rebuildScope'
export type { BuildScope, PagedKind, RebuildScope, SearchDeltaPages } from './scope'
export { searchDelta } from './searchDelta'
export { serveSite } from './serve'
export { listenForRebuildRequests, siteRebuilder } from './siteRebuilder'
export { warmAstroBuild } from './warmAstroBuild'
