import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RouteManifest } from '../integrations/routeManifest'
import { writeSearchIndex } from '../integrations/searchIndex'
import { linkTree } from './linkTree'
import { isRebuiltWhole, mergeRelease } from './mergeRelease'
import { type SearchDelta, writeSearchDelta } from './searchDelta'
import type { BuildScope } from './scope'

export type Published = { release: string; isTargeted: boolean; fullBecause?: string }

/** Runs one Astro build with these variables set (SITE_OUT_DIR and the rest). */
export type AstroBuild = (env: Record<string, string>) => Promise<void>

/** What a targeted rebuild renders: the scope's pages, and the search records changed since the full index. */
export type Targeted = { scope: BuildScope; searchDelta: SearchDelta }

/** `astro build` in a fresh process (the site rebuilder uses a warm one, warmAstroBuild). */
export const astroCliBuild =
  (baseEnv: NodeJS.ProcessEnv = process.env): AstroBuild =>
  (env) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', 'site', '--silent'], {
        env: { ...baseEnv, ...env },
        stdio: ['ignore', 'inherit', 'inherit'],
      })
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The site build failed (exit code ${code}); the live site was left as it was.`))))
    })

/**
 * Builds the pages into a folder and, at the same time, a search index (it needs only the snapshot). Astro empties
 * its output folder when it starts, so the index is written beside it and moved in afterwards.
 */
async function build(
  outDir: string,
  astroBuild: AstroBuild,
  env: Record<string, string>,
  search: { folder: string; write: (dir: string) => Promise<unknown> },
) {
  const searchDir = `${outDir}.${search.folder}`
  await Promise.all([
    astroBuild({ ...env, SITE_OUT_DIR: outDir, SITE_ROUTES_FILE: `${outDir}.routes.json`, SITE_SEARCH_INDEX: 'separate' }),
    search.write(searchDir),
  ])
  await rename(searchDir, path.join(outDir, search.folder))
}

/**
 * Builds a new release and switches the live path to it in one step (a symlink replaced by rename, atomic on
 * POSIX), so visitors never see a half-built site; a failed build leaves the live site as it was. Keeps the
 * previous release for a quick roll-back.
 *
 * Targeted (after a publish): only the scope's pages and the list pages are rendered, the changed search records
 * go into a small second index, and the rest is taken from the live release as hard links; when that cannot be
 * done safely, it builds everything and says why.
 */
export async function publishSite(
  liveDir: string,
  { astroBuild = astroCliBuild(), targeted }: { astroBuild?: AstroBuild; targeted?: Targeted } = {},
): Promise<Published> {
  const releases = `${liveDir}.releases`
  const release = path.join(releases, new Date().toISOString().replace(/[:.]/g, '-'))
  await mkdir(releases, { recursive: true })
  const previous = await realpath(liveDir).catch(() => undefined)
  const fullBecause = targeted ? await publishTargeted(previous, release, astroBuild, targeted) : undefined
  if (!targeted || fullBecause) await build(release, astroBuild, {}, { folder: 'pagefind', write: (dir) => writeSearchIndex(dir) })
  await switchLive(liveDir, release)
  // Keeps this release and the one before; drops older ones and anything a failed build left behind.
  const kept = [release, previous].filter((dir) => dir !== undefined).map((dir) => path.basename(dir))
  const names = await readdir(releases)
  await Promise.all(
    names
      .filter((name) => !kept.some((keep) => name === keep || name === `${keep}.routes.json`))
      .map((name) => rm(path.join(releases, name), { recursive: true, force: true })),
  )
  return { release, isTargeted: Boolean(targeted) && !fullBecause, fullBecause }
}

/** Builds the scope's pages and merges them into a copy of the live release; returns why not, if it could not. */
async function publishTargeted(
  live: string | undefined,
  release: string,
  astroBuild: AstroBuild,
  { scope, searchDelta }: Targeted,
): Promise<string | undefined> {
  const liveRoutes =
    live &&
    (await readFile(`${live}.routes.json`, 'utf8').then(
      (text) => JSON.parse(text) as RouteManifest,
      () => undefined,
    ))
  if (!live || !liveRoutes) return 'the live site has no record of its pages'
  const part = `${release}.part`
  await writeFile(`${part}.scope.json`, JSON.stringify(scope))
  try {
    // The copy of the live release is made while the pages and the search delta are built.
    await Promise.all([
      build(
        part,
        astroBuild,
        { SITE_BUILD_SCOPE: `${part}.scope.json`, SITE_PREVIOUS_RELEASE: live, SITE_SEARCH_DELTA: String(searchDelta.changedUrls.size > 0) },
        { folder: 'pagefind-delta', write: (dir) => writeSearchDelta(searchDelta, path.join(live, 'pagefind'), dir) },
      ),
      linkTree(live, release, isRebuiltWhole),
    ])
    const partRoutes = JSON.parse(await readFile(`${part}.routes.json`, 'utf8')) as RouteManifest
    const merged = await mergeRelease({ liveRoutes, part, partRoutes, target: release })
    if ('fullBecause' in merged) {
      await rm(release, { recursive: true, force: true })
      return merged.fullBecause
    }
    await writeFile(`${release}.routes.json`, JSON.stringify(merged.routes))
    return undefined
  } finally {
    await Promise.all([part, `${part}.scope.json`, `${part}.routes.json`].map((file) => rm(file, { recursive: true, force: true })))
  }
}

async function switchLive(liveDir: string, release: string): Promise<void> {
  const link = `${liveDir}.switch-${process.pid}`
  await rm(link, { force: true })
  await symlink(release, link)
  await rename(link, liveDir).catch(async (error: NodeJS.ErrnoException) => {
    // The first time, the live path may be a plain folder from `npm run build`.
    if (error.code !== 'EISDIR' && error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
    await rm(liveDir, { recursive: true, force: true })
    await rename(link, liveDir)
  })
}
