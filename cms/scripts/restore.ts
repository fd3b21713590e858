// `npm run restore -- <archive> [--force]`: puts a backup made by `npm run backup` back, with the CMS stopped. Refuses
// a damaged archive (checksums, row counts) and a database that already holds content unless --force; then applies
// the migrations, writes the published snapshot and builds the public site from it.
import './demoEnvironment'
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { publishSite } from '../../site/publish'
import { type BackupManifest, databaseFile, manifestOf, tableRows, tar, uploadFolders } from '../backup/sqliteBackup'
import { dataDir } from '../config/paths'
import { exportSnapshot } from '../snapshot/exportSnapshot'
import { closePayloadClient, getPayloadClient } from './getPayloadClient'
import { settings } from '../../shared/settings'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } })
const archive = positionals[0]
if (!archive) {
  console.error('Cách dùng: npm run restore -- <tệp sao lưu .tar.gz> [--force]   (dừng npm start trước khi phục hồi)')
  process.exit(2)
}

/** Refusals end the command with their message and exit code 1, and nothing is changed. */
async function restore(archive: string, force: boolean) {
  const staging = await mkdtemp(path.join(tmpdir(), 'ttcs-phuc-hoi-'))
  try {
    await tar(['-xzf', path.resolve(archive), '-C', staging])
    const expected = JSON.parse(await readFile(path.join(staging, 'manifest.json'), 'utf8')) as BackupManifest
    const found = await manifestOf(staging, path.join(staging, 'cms.db'))
    const damaged = JSON.stringify(found.rows) !== JSON.stringify(expected.rows) || JSON.stringify(found.files) !== JSON.stringify(expected.files)
    if (damaged) throw new Error(`Tệp sao lưu ${archive} bị hỏng hoặc không đầy đủ (số dòng hoặc mã kiểm tra của tệp không khớp với bản kê): không phục hồi.`)

    const current = await readFile(databaseFile()).then(
      () => tableRows(databaseFile()),
      () => ({}) as Record<string, number>,
    )
    const holdsContent = (current.agencies ?? 0) + (current.users ?? 0) > 0
    if (holdsContent && !force) {
      throw new Error(
        `Cơ sở dữ liệu ${databaseFile()} đã có dữ liệu: không ghi đè. Dừng npm start, rồi chạy lại với --force nếu chắc chắn muốn thay bằng bản sao lưu.`,
      )
    }
    await mkdir(dataDir, { recursive: true })
    for (const suffix of ['', '-wal', '-shm']) await rm(`${databaseFile()}${suffix}`, { force: true })
    await cp(path.join(staging, 'cms.db'), databaseFile())
    for (const folder of uploadFolders) {
      await rm(path.join(dataDir, folder), { recursive: true, force: true })
      await cp(path.join(staging, folder), path.join(dataDir, folder), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
    }
    console.log(`Đã phục hồi cơ sở dữ liệu và ${expected.files.length} tệp từ bản sao lưu lúc ${expected.createdAt}.`)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }

  const payload = await getPayloadClient()
  try {
    await payload.db.migrate()
    await exportSnapshot(payload)
  } finally {
    await closePayloadClient(payload)
  }
  const liveDir = path.resolve(settings().SITE_OUT_DIR ?? 'dist')
  await publishSite(liveDir)
  console.log(`Đã dựng lại trang công khai vào ${liveDir}.`)
}

await restore(archive, values.force).catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
