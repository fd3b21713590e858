import type { Loader } from 'astro/loaders'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ContentKind } from '../../../shared/contentKinds'
import { settings } from '../../../shared/settings'
import { parseSnapshotItems } from '../../../shared/snapshot'

/** The snapshot folder written by `npm run export` (relative to the repository root, where builds run); the site reads nothing else. */
export const snapshotDir = path.resolve(settings().SNAPSHOT_DIR)

/** A content-layer loader for one JSON file of the published snapshot, checked against its schema. */
export function snapshotLoader(file: ContentKind): Loader {
  return {
    name: `snapshot:${file}`,
    load: async ({ store, generateDigest, logger }) => {
      const source = path.join(snapshotDir, `${file}.json`)
      const text = await readFile(source, 'utf8').catch((error: NodeJS.ErrnoException) => {
        // Type-checking (`astro check`) needs the collections' shapes, not their documents.
        if (error.code === 'ENOENT' && settings().SNAPSHOT_MAY_BE_MISSING) return '[]'
        if (error.code === 'ENOENT') throw new Error(`No published snapshot at ${source}: run \`npm run export\` (or \`npm run build\`) first.`)
        throw error
      })
      const entries = parseSnapshotItems(file, JSON.parse(text))
      store.clear()
      for (const entry of entries) store.set({ id: entry.id, data: entry, digest: generateDigest(entry) })
      logger.info(`${entries.length} ${file} from ${snapshotDir}`)
    },
  }
}
