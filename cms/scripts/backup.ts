// `npm run backup [-- --out <folder or file or ->]`: one archive of the embedded database and every upload, taken while
// the CMS runs, with a manifest of row counts and checksums. Without --out it goes to BACKUP_DIR (default data/backups).
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { backupFileName } from '../backup/backupFiles'
import { writeBackup } from '../backup/sqliteBackup'
import { dataDir } from '../config/paths'
import { settings } from '../../shared/settings'

if (settings().DATABASE_URI) {
  console.error(
    'npm run backup copies the embedded SQLite database. With PostgreSQL use `pg_dump --format=custom --file=cms.dump "$DATABASE_URI"`, with MongoDB `mongodump --uri "$DATABASE_URI" --archive=cms.archive --gzip`, and copy the folders files/ and media/ of DATA_DIR with it (see README).',
  )
  process.exit(2)
}
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const out = values.out ?? settings().BACKUP_DIR ?? path.join(dataDir, 'backups')
const isFolder =
  out !== '-' &&
  (await stat(out).then(
    (info) => info.isDirectory(),
    () => !path.extname(out),
  ))
if (isFolder) await mkdir(out, { recursive: true })
const file = isFolder ? path.join(out, backupFileName()) : out
const manifest = await writeBackup(file)
// On standard output the archive itself is the output: the summary goes to standard error.
console.error(
  `Đã sao lưu ${Object.values(manifest.rows).reduce((a, b) => a + b, 0)} dòng dữ liệu và ${manifest.files.length} tệp${file === '-' ? '' : ` vào ${file}`}.`,
)
