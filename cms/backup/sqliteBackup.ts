import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { dataDir } from '../config/paths'

/** What a backup says of itself: when, what database, how many rows each table had, and every file with its checksum. */
export type BackupManifest = {
  createdAt: string
  database: 'sqlite'
  rows: Record<string, number>
  files: { path: string; bytes: number; sha256: string }[]
}

export const uploadFolders = ['files', 'media'] as const
export const databaseFile = () => path.join(dataDir, 'cms.db')

const sha256 = (file: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })

/** Every upload under the data folder, as paths relative to it. */
export async function uploadedFiles(root = dataDir): Promise<string[]> {
  const found: string[] = []
  for (const folder of uploadFolders) {
    const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true }).catch(() => [])
    for (const entry of entries) if (entry.isFile()) found.push(path.relative(root, path.join(entry.parentPath, entry.name)))
  }
  return found.sort()
}

/** The number of rows of every table of a SQLite file: collections, their versions, relationships, Payload's own. */
export function tableRows(file: string): Record<string, number> {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]))
  } finally {
    db.close()
  }
}

/** The manifest of a data folder: its database's rows and its uploads' checksums. */
export async function manifestOf(root: string, database: string): Promise<BackupManifest> {
  const files = []
  for (const file of await uploadedFiles(root))
    files.push({ path: file, bytes: (await stat(path.join(root, file))).size, sha256: await sha256(path.join(root, file)) })
  return { createdAt: new Date().toISOString(), database: 'sqlite', rows: tableRows(database), files }
}

/**
 * Writes one archive (tar + gzip) of the embedded database and every upload, while the CMS runs: the database is
 * copied with SQLite's `VACUUM INTO`, one consistent read of the whole file that waits for no writer (a file copy
 * of a WAL database could miss what is still in the log). The uploads are read after it, so every file the copied
 * database refers to is there. `out` is a file path, or `-` for standard output.
 */
export async function writeBackup(out: string): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(tmpdir(), 'ttcs-sao-luu-'))
  try {
    const copy = path.join(staging, 'cms.db')
    const db = new DatabaseSync(databaseFile())
    try {
      db.exec('PRAGMA busy_timeout = 5000')
      db.prepare('VACUUM INTO ?').run(copy)
    } finally {
      db.close()
    }
    const manifest = await manifestOf(dataDir, copy)
    await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    const present = await Promise.all(
      uploadFolders.map((folder) =>
        stat(path.join(dataDir, folder)).then(
          () => [folder],
          () => [],
        ),
      ),
    )
    await tar(['-czf', out, '-C', staging, 'manifest.json', 'cms.db', '-C', dataDir, ...present.flat()])
    return manifest
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** Runs Debian's tar (streaming, so archives larger than memory are fine); standard output passes through for `-f -`. */
export function tar(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args[0]} exited with code ${code}`))))
  })
}
