import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { contentKindKeys } from '../../../shared/contentKinds'
import { parseSnapshotItems, type SnapshotContent } from '../../../shared/snapshot'
import { perBuild } from './perBuild'
import { snapshotDir } from './snapshotLoader'

export type { SnapshotContent }

/** Every item of the published snapshot, read from its JSON files and checked against the snapshot's schemas. */
export async function readSnapshotContent(dir = snapshotDir): Promise<SnapshotContent> {
  return Object.fromEntries(
    await Promise.all(
      contentKindKeys.map(async (kind) => [kind, parseSnapshotItems(kind, JSON.parse(await readFile(path.join(dir, `${kind}.json`), 'utf8')))]),
    ),
  ) as SnapshotContent
}

/**
 * The snapshot a site build reads, parsed once for all its steps outside the pages (search index, share images,
 * item JSON): at 10,000 explainers each parse holds about 150 MB.
 */
export const buildSnapshotContent = perBuild(() => readSnapshotContent())
