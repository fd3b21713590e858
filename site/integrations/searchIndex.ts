import type { AstroIntegration } from 'astro'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'
import { buildSnapshotContent, readSnapshotContent } from '../src/lib/snapshotContent'
import { type SearchRecord, searchRecords } from './searchRecords'
import { settings } from '../../shared/settings'

/** Writes a Pagefind index into a folder: of the published snapshot, or of the records given; returns how many it holds. */
export async function writeSearchIndex(outputPath: string, given?: SearchRecord[]): Promise<number> {
  const records = given ?? searchRecords(await readSnapshotContent(), new Date())
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  for (const record of records) {
    const added = await index.addCustomRecord(record)
    if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`)
  }
  const written = await index.writeFiles({ outputPath })
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`)
  await pagefind.close()
  return records.length
}

/**
 * Writes the search index (dist/pagefind/) during `astro build`. It needs only the snapshot, so it is made while the
 * pages render (in a folder beside dist/, which Astro empties when it starts) and moved in when they are done. The
 * site rebuilder writes it itself (SITE_SEARCH_INDEX=separate).
 */
export function searchIndex(): AstroIntegration {
  let outDir = ''
  let indexing: Promise<number> | undefined
  const isSeparate = () => settings().SITE_SEARCH_INDEX === 'separate'
  const besideOutDir = () => `${outDir.replace(/\/$/, '')}.pagefind-${process.pid}`
  return {
    name: 'ttcs-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir)
      },
      'astro:build:start': async () => {
        if (isSeparate()) return
        await rm(besideOutDir(), { recursive: true, force: true })
        indexing = buildSnapshotContent().then((snapshot) => writeSearchIndex(besideOutDir(), searchRecords(snapshot, new Date())))
        // Reported when awaited in astro:build:done; without this, a failure would surface as an unhandled rejection.
        indexing.catch(() => undefined)
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (isSeparate() || !indexing) return
        const count = await indexing
        const target = path.join(fileURLToPath(dir), 'pagefind')
        await rm(target, { recursive: true, force: true })
        await rename(besideOutDir(), target)
        logger.info(`${count} records indexed for search`)
      },
    },
  }
}
