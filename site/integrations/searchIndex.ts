import type { AstroIntegration } from 'astro'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type { Snapshot } from '../../shared/snapshot'
import { snapshotDir } from '../src/lib/snapshotLoader'
import { searchRecords } from './searchRecords'

const kinds = ['agencies', 'topics', 'documentTypes', 'drafts', 'explainers', 'handbookChapters', 'policyDocuments', 'pressBriefings', 'spokespersons'] as const

/** Writes the Pagefind index (dist/pagefind/) from the published snapshot, after the pages are built. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'ttcs-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const snapshot = Object.fromEntries(
          await Promise.all(kinds.map(async (kind) => [kind, JSON.parse(await readFile(path.join(snapshotDir, `${kind}.json`), 'utf8'))])),
        ) as Omit<Snapshot, 'manifest'>
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' })
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const records = searchRecords(snapshot, new Date())
        for (const record of records) {
          const added = await index.addCustomRecord(record)
          if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`)
        }
        const written = await index.writeFiles({ outputPath: path.join(dir.pathname, 'pagefind') })
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`)
        await pagefind.close()
        logger.info(`${records.length} records indexed for search`)
      },
    },
  }
}
