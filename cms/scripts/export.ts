// Writes the published snapshot (build/snapshot/) that the public site is built from.
import { getPayloadClient } from '../getPayloadClient'
import { exportSnapshot, snapshotDir } from '../snapshot/exportSnapshot'

const payload = await getPayloadClient()
const snapshot = await exportSnapshot(payload)
payload.logger.info(`Đã xuất ảnh chụp dữ liệu đã xuất bản vào ${snapshotDir}: ${JSON.stringify(snapshot.manifest.counts)}`)
await payload.destroy()
