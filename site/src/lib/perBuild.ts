import { settings } from '../../../shared/settings'
/**
 * Memoizes a value for one build. The site rebuilder's warm builder runs many builds in one process, where a
 * module may be evaluated once for all of them; each build has its own output folder (SITE_OUT_DIR).
 */
export function perBuild<T>(make: () => T): () => T {
  let made: { build: string | undefined; value: T } | undefined
  return () => {
    const build = settings().SITE_OUT_DIR
    if (!made || made.build !== build) made = { build, value: make() }
    return made.value
  }
}
