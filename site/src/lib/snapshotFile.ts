import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { snapshotDir } from './snapshotDir'

/** The bytes of a file the snapshot carries (dossier files, audio, images), by its snapshot path. */
export function snapshotFile(relativePath: string): Promise<Buffer> {
  return readFile(path.join(snapshotDir, relativePath))
}
