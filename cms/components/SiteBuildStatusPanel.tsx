import { backupsIn } from '../backup/backupFiles'
import type { ServerProps } from 'payload'
import { readSiteBuildStatus } from '../status/siteBuildStatus'
import { settings } from '../../shared/settings'

const time = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' })

/**
 * On the admin dashboard: when the public site was last rebuilt, whether a rebuild is running or waiting, the last
 * error, and a warning when nightly backups (BACKUP_DIR) have stopped: none in the last day.
 */
export async function SiteBuildStatusPanel({ payload }: ServerProps) {
  const status = await readSiteBuildStatus(payload)
  const { BACKUP_DIR } = settings()
  const lastBackup = BACKUP_DIR ? (await backupsIn(BACKUP_DIR))[0] : undefined
  const isBackupLate = Boolean(BACKUP_DIR) && (!lastBackup || Date.now() - lastBackup.at > 26 * 60 * 60 * 1000)
  const hasNewerError = status?.lastError && (!status.lastSuccessAt || status.lastError.at > status.lastSuccessAt)
  return (
    <section data-site-build-status style={{ marginBottom: '1.5rem', padding: '0.75rem 1rem', border: '1px solid var(--theme-elevation-150)' }}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>Trang công khai</h2>
      {!status ? (
        <p>Trang công khai được dựng ngoài hệ thống này (lệnh npm run build hoặc webhook).</p>
      ) : (
        <>
          {status.lastSuccessAt && (
            <p>
              Cập nhật lần cuối: {time(status.lastSuccessAt)} ({status.lastReason}
              {status.lastDurationMs !== undefined &&
                `; ${status.lastWasTargeted ? 'chỉ dựng phần thay đổi' : 'dựng toàn bộ'}, ${(status.lastDurationMs / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`}
              ).
            </p>
          )}
          {status.buildingSince && <p>Đang dựng lại từ {time(status.buildingSince)}…</p>}
          {status.isPending && <p>Có thay đổi đang chờ dựng lại.</p>}
          {hasNewerError && (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              Lần dựng lại lúc {time(status.lastError!.at)} không thành công; trang đang chạy vẫn giữ nguyên. Lỗi: {status.lastError!.message}
            </p>
          )}
        </>
      )}
      {isBackupLate && (
        <p role="alert" data-backup-late style={{ color: 'var(--theme-error-500)' }}>
          {lastBackup
            ? `Bản sao lưu gần nhất lúc ${time(new Date(lastBackup.at).toISOString())}: đã quá một ngày. Hãy kiểm tra lệnh sao lưu hằng đêm.`
            : 'Chưa có bản sao lưu nào trong thư mục sao lưu. Hãy chạy npm run backup và kiểm tra sao lưu hằng đêm.'}
        </p>
      )}
    </section>
  )
}
