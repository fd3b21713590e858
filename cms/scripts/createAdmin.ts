// `npm run create-admin -- --email <address> --name "<full name>"`: makes an admin account from the server's command
// line (the only way to make the first one in production) and prints a random password once. Refuses an address
// that already has an account.
import './demoEnvironment'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { closePayloadClient, getPayloadClient } from './getPayloadClient'
import { migrateDatabase } from '../config/database'

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
const email = values.email?.trim().toLowerCase()
const name = values.name?.trim()
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email) || !name) {
  console.error('Cách dùng: npm run create-admin -- --email <thư điện tử> --name "<họ và tên>"')
  process.exit(2)
}

const payload = await getPayloadClient()
try {
  await migrateDatabase(payload)
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
  if (totalDocs > 0) {
    console.error(`Đã có tài khoản ${email}: không tạo lại. Quản trị viên đổi mật khẩu trong trang quản trị, hoặc dùng "Quên mật khẩu".`)
    process.exitCode = 1
  } else {
    const password = randomBytes(12).toString('base64url')
    await payload.create({ collection: 'users', data: { email, password, name, roles: ['admin'] } })
    console.log(`Đã tạo tài khoản quản trị (mật khẩu chỉ hiện một lần; hãy đổi sau khi đăng nhập):\n  Thư điện tử: ${email}\n  Mật khẩu:    ${password}`)
  }
} finally {
  await closePayloadClient(payload)
}
