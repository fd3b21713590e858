import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Snapshot } from '../../shared/snapshot'

/** An upload the snapshot carries: `files/<filename>` or `media/<filename>` inside the snapshot folder. */
export type SnapshotUpload = { collection: 'files' | 'media'; filename: string; bytes: number }

/**
 * Writes a snapshot (one JSON file per kind, plus its uploads, each put in place by `placeUpload`) into a fresh
 * folder and then swaps it in, so a reader never sees half a snapshot. Used by the CMS (uploads from its disk) and by
 * a publisher of its own (uploads fetched over HTTP).
 */
export async function writeSnapshotFolder(
  target: string,
  snapshot: Snapshot,
  uploads: SnapshotUpload[],
  placeUpload: (upload: SnapshotUpload, to: string) => Promise<void>,
): Promise<void> {
  const staging = `${target}.staging-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  await mkdir(path.join(staging, 'files'), { recursive: true })
  await mkdir(path.join(staging, 'media'), { recursive: true })
  for (const [key, value] of Object.entries(snapshot)) await writeFile(path.join(staging, `${key}.json`), `${JSON.stringify(value, null, 2)}\n`)
  for (const upload of uploads) await placeUpload(upload, path.join(staging, upload.collection, upload.filename))
  const old = `${target}.old-${process.pid}`
  await rm(old, { recursive: true, force: true })
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  await rename(staging, target)
  await rm(old, { recursive: true, force: true })
}
