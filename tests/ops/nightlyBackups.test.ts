import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it } from 'vitest'

// A data folder of its own: a small SQLite database and one upload.
const root = mkdtempSync(path.join(tmpdir(), 'ttcs-hang-dem-'))
process.env.DATA_DIR = path.join(root, 'data')
mkdirSync(path.join(root, 'data', 'files'), { recursive: true })
writeFileSync(path.join(root, 'data', 'files', 'to-trinh.pdf'), '%PDF-1.4\n%%EOF\n')
const db = new DatabaseSync(path.join(root, 'data', 'cms.db'))
db.exec("CREATE TABLE agencies (id TEXT); INSERT INTO agencies VALUES ('a'), ('b')")
db.close()
const { backUpAndPrune } = await import('../../cms/backup/nightlyBackups')
const { backupsIn } = await import('../../cms/backup/backupFiles')

afterAll(() => {
  delete process.env.DATA_DIR
})

describe('nightly backups', () => {
  it('keep the BACKUP_KEEP newest archives and delete the older ones', async () => {
    const folder = path.join(root, 'backups')
    mkdirSync(folder)
    const written = []
    for (let night = 0; night < 4; night++) written.push(await backUpAndPrune(folder, 2))
    expect(readdirSync(folder).sort()).toEqual(
      written
        .slice(-2)
        .map((file) => path.basename(file))
        .sort(),
    )
    expect((await backupsIn(folder))[0]!.file).toBe(written.at(-1))
  })
})
