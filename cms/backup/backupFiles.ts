import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

const archiveName = /^sao-luu-.+\.tar\.gz$/

/** The backups `npm run backup` and the nightly backup wrote in a folder, newest first. */
export async function backupsIn(folder: string): Promise<{ file: string; at: number }[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => archiveName.test(name))
  const found = await Promise.all(names.map(async (name) => ({ file: path.join(folder, name), at: (await stat(path.join(folder, name))).mtimeMs })))
  return found.sort((a, b) => b.at - a.at)
}

/** The name of a new backup archive, sortable by time: sao-luu-2026-12-02T01-00-00-000Z.tar.gz. */
export const backupFileName = (at = new Date()) => `sao-luu-${at.toISOString().replace(/[:.]/g, '-')}.tar.gz`
