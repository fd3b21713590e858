// Writes the published snapshot (build/snapshot/) that the public site is built from.
import './demoEnvironment'
import { closePayloadClient, getPayloadClient } from './getPayloadClient'
import { exportSnapshot, snapshotDir } from '../snapshot/exportSnapshot'
import { migrateDatabase } from '../config/database'

const payload = await getPayloadClient()
// Migrations are idempotent; running them here lets `npm run build` work on a database that was never started.
await migrateDatabase(payload)
const snapshot = await exportSnapshot(payload)
payload.logger.info(`Đã xuất ảnh chụp dữ liệu đã xuất bản vào ${snapshotDir}: ${JSON.stringify(snapshot.manifest.counts)}`)
if (snapshot.drafts.length + snapshot.explainers.length + snapshot.handbookChapters.length === 0) {
  payload.logger.warn('Chưa có nội dung nào được xuất bản. Chạy `npm run seed` để nạp dữ liệu mẫu, hoặc xuất bản nội dung trong trang quản trị.')
}
await closePayloadClient(payload)
