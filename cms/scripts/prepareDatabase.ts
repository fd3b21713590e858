import { randomBytes } from 'node:crypto'
import { closePayloadClient, getPayloadClient } from './getPayloadClient'
import { seed } from '../seed'
import { exportSnapshot, snapshotDir } from '../snapshot/exportSnapshot'
import { migrateDatabase } from '../config/database'

/**
 * Brings the database to the committed schema, loads the demo content into an empty database (never in
 * production: its people and phone numbers are invented), creates a demo admin on the embedded default (printing
 * its password once), and writes the published snapshot.
 */
export async function prepareDatabase({ createDemoAdmin, loadDemoContent }: { createDemoAdmin: boolean; loadDemoContent: boolean }): Promise<void> {
  const payload = await getPayloadClient()
  try {
    await migrateDatabase(payload)
    const { totalDocs: agencies } = await payload.count({ collection: 'agencies' })
    if (agencies === 0 && loadDemoContent) {
      console.log('Cơ sở dữ liệu còn trống: đang nạp dữ liệu mẫu từ content/…')
      await seed(payload)
    }
    const { totalDocs: users } = await payload.count({ collection: 'users' })
    if (createDemoAdmin && users === 0) {
      const email = 'quantri@vi-du.invalid'
      const password = randomBytes(9).toString('base64url')
      await payload.create({ collection: 'users', data: { email, password, name: 'Quản trị mẫu', roles: ['admin'] } })
      console.log(`\nĐã tạo tài khoản quản trị mẫu (chỉ hiện một lần, hãy ghi lại):\n  Thư điện tử: ${email}\n  Mật khẩu:    ${password}\n`)
    }
    if (users === 0 && !createDemoAdmin)
      console.log('Chưa có tài khoản nào: tạo tài khoản quản trị đầu tiên bằng `npm run create-admin -- --email <thư điện tử> --name "<họ và tên>"`.')
    await exportSnapshot(payload)
    console.log(`Đã xuất dữ liệu đã xuất bản vào ${snapshotDir}`)
  } finally {
    await closePayloadClient(payload)
  }
}
