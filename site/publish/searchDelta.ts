import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { localDay } from '../../shared/localDay'
import { type SearchRecord, searchRecords } from '../integrations/searchRecords'
import { writeSearchIndex } from '../integrations/searchIndex'
import type { SnapshotContent } from '../src/lib/snapshotContent'
import type { SearchDeltaPages } from './scope'

/** The search records that differ from those of the full index, by page URL (a URL may hold several records). */
export type SearchDelta = { records: SearchRecord[]; changedUrls: Set<string> }

const byUrl = (records: SearchRecord[]) => {
  const groups = new Map<string, string>()
  for (const record of records) groups.set(record.url, `${groups.get(record.url) ?? ''}${JSON.stringify(record)}\n`)
  return groups
}

// The full index's records change only with a full build: made once per snapshot and day, not per publish.
const indexedRecords = new WeakMap<SnapshotContent, { day: string; groups: Map<string, string> }>()

/** Compares the records of the snapshot the full index was built from with the current snapshot's. */
export function searchDelta(indexed: SnapshotContent, next: SnapshotContent, now = new Date()): SearchDelta {
  const day = localDay(now)
  const known = indexedRecords.get(indexed)
  const before = known?.day === day ? known.groups : byUrl(searchRecords(indexed, now))
  indexedRecords.set(indexed, { day, groups: before })
  const records = searchRecords(next, now)
  const after = byUrl(records)
  const changedUrls = new Set([...before.keys(), ...after.keys()].filter((url) => before.get(url) !== after.get(url)))
  return { records: records.filter((record) => changedUrls.has(record.url)), changedUrls }
}

/**
 * Page IDs in a Pagefind index by URL, read from its fragment files (gzip; JSON after a signature): one page's
 * fragment named by its ID, or a group of fragments keyed by ID.
 */
async function pageIdsByUrl(indexDir: string): Promise<Map<string, string[]>> {
  const ids = new Map<string, string[]>()
  const add = (url: string, id: string) => ids.set(url, [...(ids.get(url) ?? []), id])
  const files = (await readdir(path.join(indexDir, 'fragment'))).filter((name) => name.endsWith('.pf_fragment'))
  for (const name of files) {
    const text = gunzipSync(await readFile(path.join(indexDir, 'fragment', name))).toString('utf8')
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>
    if (typeof fragment.url === 'string') add(fragment.url, name.replace(/\.pf_fragment$/, ''))
    else for (const [id, page] of Object.entries(fragment as Record<string, { url: string }>)) add(page.url, id)
  }
  return ids
}

// The full index changes only with a full build, and its entry file names it by a hash of its content.
let fullIndexIds: { entry: string; ids: Map<string, string[]> } | undefined
async function fullIndexPageIds(indexDir: string): Promise<Map<string, string[]>> {
  const entry = await readFile(path.join(indexDir, 'pagefind-entry.json'), 'utf8')
  if (fullIndexIds?.entry !== entry) fullIndexIds = { entry, ids: await pageIdsByUrl(indexDir) }
  return fullIndexIds.ids
}

/** What the search page needs to know of a search delta: its pages, and the full index's pages they replace. */

/**
 * Writes a small second index (pagefind-delta/) beside the full one: the changed pages' records, and in
 * `pages.json` their page IDs and the full index's page IDs they replace. The search page merges it into the full
 * index, leaves out the replaced pages and lists the changed ones first (scores from a one-page index do not
 * compare with the full index's), so a publish is searchable without re-indexing everything.
 */
export async function writeSearchDelta(delta: SearchDelta, fullIndexDir: string, outputPath: string): Promise<void> {
  const ids = await fullIndexPageIds(fullIndexDir)
  await writeSearchIndex(outputPath, delta.records)
  const pages: SearchDeltaPages = {
    pages: delta.records.length === 0 ? [] : [...(await pageIdsByUrl(outputPath)).values()].flat(),
    replaces: [...delta.changedUrls].flatMap((url) => ids.get(url) ?? []),
  }
  await writeFile(path.join(outputPath, 'pages.json'), JSON.stringify(pages))
}
