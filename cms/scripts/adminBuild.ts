import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const stampName = 'source-hash'

/** A hash of everything the admin build depends on: the cms/ and shared/ sources (but the front and scripts) and the lockfile. */
async function sourceHash(cmsDir: string): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of [cmsDir, path.resolve(cmsDir, '../shared')]) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true })
    const files = entries
      .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|scss|json)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !file.includes(`${path.sep}.next${path.sep}`))
      // The HTTP front and the command-line scripts run beside Next, never inside its build.
      .filter((file) => !['server', 'scripts'].some((folder) => file.startsWith(path.join(cmsDir, folder) + path.sep)))
      .sort()
    for (const file of files) hash.update(file).update(await readFile(file))
  }
  hash.update(await readFile(path.resolve(cmsDir, '../package-lock.json')))
  return hash.digest('hex')
}

/** Whether cms/.next was built from the sources as they are now. */
export async function adminBuildIsCurrent(cmsDir: string): Promise<boolean> {
  const stamp = await readFile(path.join(cmsDir, '.next', stampName), 'utf8').catch(() => '')
  return stamp !== '' && stamp === (await sourceHash(cmsDir))
}

/** Notes which sources the admin build in cms/.next was made from. */
export async function recordAdminBuild(cmsDir: string): Promise<void> {
  await writeFile(path.join(cmsDir, '.next', stampName), await sourceHash(cmsDir))
}
