import { link, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import pMap from 'p-map'

/**
 * Copies a folder as hard links (no file's bytes are copied), leaving out what `skip` names. Files in a release
 * are never written in place, only replaced, so the copies stay independent.
 */
export async function linkTree(source: string, target: string, skip: (relative: string) => boolean = () => false): Promise<void> {
  const entries = (await readdir(source, { recursive: true, withFileTypes: true })).map((entry) => ({
    entry,
    relative: path.relative(source, path.join(entry.parentPath, entry.name)),
  }))
  const kept = entries.filter(({ relative }) => !skip(relative))
  await mkdir(target, { recursive: true })
  for (const { entry, relative } of kept) if (entry.isDirectory()) await mkdir(path.join(target, relative), { recursive: true })
  const files = kept.filter(({ entry }) => !entry.isDirectory())
  // A few hundred at a time: thousands of links at once would exhaust file handles on some systems.
  await pMap(files, ({ relative }) => link(path.join(source, relative), path.join(target, relative)), { concurrency: 256 })
}
