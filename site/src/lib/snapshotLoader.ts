import type { Loader } from 'astro/loaders'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/** The snapshot folder written by `npm run export`; the site reads nothing else. */
export const snapshotDir = path.resolve(process.env.SNAPSHOT_DIR ?? path.resolve(import.meta.dirname, '../../../build/snapshot'))

/** A content-layer loader for one JSON file of the published snapshot (an array of documents with `id`). */
export function snapshotLoader(file: string): Loader {
  return {
    name: `snapshot:${file}`,
    load: async ({ store, generateDigest, logger }) => {
      const entries = JSON.parse(await readFile(path.join(snapshotDir, `${file}.json`), 'utf8')) as { id: string }[]
      store.clear()
      for (const entry of entries) store.set({ id: entry.id, data: entry, digest: generateDigest(entry) })
      logger.info(`${entries.length} ${file} from ${snapshotDir}`)
    },
  }
}
