import { rm } from 'node:fs/promises'
import path from 'node:path'
import { msUntilLocalMidnight } from '../../shared/localDay'
import { backupFileName, backupsIn } from './backupFiles'
import { writeBackup } from './sqliteBackup'

/** Writes a backup into the folder and deletes all but the `keep` newest. */
export async function backUpAndPrune(folder: string, keep: number): Promise<string> {
  const file = path.join(folder, backupFileName())
  await writeBackup(file)
  for (const old of (await backupsIn(folder)).slice(keep)) await rm(old.file, { force: true })
  return file
}

/**
 * `npm start`'s nightly backup (BACKUP_DIR, BACKUP_KEEP): at 02:00 Vietnam time, after the nightly rebuild and
 * before offices open; a failure is logged and tried again the next night.
 */
export function scheduleNightlyBackups(folder: string, keep: number): void {
  const next = () =>
    setTimeout(
      () =>
        void backUpAndPrune(folder, keep)
          .then(
            (file) => console.log(`Đã sao lưu hằng đêm vào ${file}.`),
            (error: Error) => console.error(`Sao lưu hằng đêm không thành công: ${error.message}`),
          )
          .finally(next),
      msUntilLocalMidnight() + 2 * 60 * 60 * 1000,
    ).unref()
  next()
}
