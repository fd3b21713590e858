import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Snapshot } from '../../../shared/snapshot'
import { perBuild } from './perBuild'
import { snapshotDir } from './snapshotLoader'

export type SnapshotDocuments = Omit<Snapshot, 'manifest'>

/** The kinds of document in a snapshot, one JSON file (and one content collection) each. */
export const snapshotKinds = [
  'agencies',
  'topics',
  'documentTypes',
  'drafts',
  'explainers',
  'handbookChapters',
  'policyDocuments',
  'pressBriefings',
  'spokespersons',
] as const

/** Every document of the published snapshot, read from its JSON files. */
export async function readSnapshotDocuments(dir = snapshotDir): Promise<SnapshotDocuments> {
  return Object.fromEntries(
    await Promise.all(snapshotKinds.map(async (kind) => [kind, JSON.parse(await readFile(path.join(dir, `${kind}.json`), 'utf8'))])),
  ) as SnapshotDocuments
}

/**
 * The snapshot a site build reads, parsed once for all its steps outside the pages (search index, share images,
 * item JSON): at 10,000 explainers each parse holds about 150 MB.
 */
export const buildSnapshotDocuments = perBuild(() => readSnapshotDocuments())
