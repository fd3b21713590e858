import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { contentKindKeys } from '../../../shared/contentKinds'
import { parseSnapshotItems, type SnapshotContent } from '../../../shared/snapshot'
import { snapshotDir } from './snapshotDir'

export type { SnapshotContent }

/** Every item of the published snapshot, read from its JSON files and checked against the snapshot's schemas. */
export async function readSnapshotContent(dir = snapshotDir): Promise<SnapshotContent> {
  const read = async (kind: string) => {
    const source = path.join(dir, `${kind}.json`)
    return readFile(source, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new Error(`No published snapshot at ${source}: run \`npm run export\` (or \`npm run build\`) first.`)
      throw error
    })
  }
  return Object.fromEntries(
    await Promise.all(contentKindKeys.map(async (kind) => [kind, parseSnapshotItems(kind, JSON.parse(await read(kind)))])),
  ) as SnapshotContent
}

// On globalThis: a build's pages and its integrations run from separate copies of this module.
const key = Symbol.for('ttcs.snapshotContent')
const holder = globalThis as { [key]?: { files: string; content: Promise<SnapshotContent> } }

/**
 * The snapshot as the site builds from it: parsed once for every step of a build, pages included
 * (site/src/lib/content.ts), and again only when one of its files has changed (a long-lived builder, previews).
 * At 10,000 explainers a parse holds about 150 MB.
 */
export async function buildSnapshotContent(): Promise<SnapshotContent> {
  const files = (
    await Promise.all(
      contentKindKeys.map((kind) =>
        stat(path.join(snapshotDir, `${kind}.json`)).then(
          ({ mtimeMs, size }) => `${mtimeMs}:${size}`,
          () => 'missing',
        ),
      ),
    )
  ).join('|')
  if (holder[key]?.files !== files) {
    const content = readSnapshotContent()
    holder[key] = { files, content }
    content.catch(() => delete holder[key])
  }
  return holder[key]!.content
}
