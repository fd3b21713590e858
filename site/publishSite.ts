import { spawn } from 'node:child_process'
import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

/**
 * Builds the site into a new release folder and then switches the live path to it in one step (a symlink
 * replaced by rename, atomic on POSIX), so visitors never see a half-built site; a failed build leaves the
 * live site as it was. Keeps the previous release for a quick roll-back.
 */
export async function publishSite(liveDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const releases = `${liveDir}.releases`
  const release = path.join(releases, new Date().toISOString().replace(/[:.]/g, '-'))
  await mkdir(releases, { recursive: true })
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', 'site', '--silent'], {
      env: { ...env, SITE_OUT_DIR: release },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The site build failed (exit code ${code}); the live site was left as it was.`))))
  })
  const link = `${liveDir}.switch-${process.pid}`
  await rm(link, { force: true })
  await symlink(release, link)
  await rename(link, liveDir).catch(async (error: NodeJS.ErrnoException) => {
    // The first time, the live path may be a plain folder from `npm run build`.
    if (error.code !== 'EISDIR' && error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
    await rm(liveDir, { recursive: true, force: true })
    await rename(link, liveDir)
  })
  const old = (await readdir(releases)).sort().slice(0, -2)
  await Promise.all(old.map((name) => rm(path.join(releases, name), { recursive: true, force: true })))
  return release
}
