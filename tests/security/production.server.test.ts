import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { npmStart, type RunningSystem } from '../helpers/npmStart'

// `npm start` as a province deploys it (NODE_ENV=production) on an empty database: nobody but the server's
// operator can make the first account, and nothing of the demo (invented people, phone numbers) is loaded.
let system: RunningSystem

beforeAll(async () => {
  // Production needs mail (password reset): an address nothing listens on will do, nothing is sent here.
  system = await npmStart({ NODE_ENV: 'production', PAYLOAD_SECRET: randomBytes(32).toString('hex'), SMTP_URL: 'smtp://127.0.0.1:9' })
}, 300_000)

afterAll(() => system?.stop())

describe('npm start in production on an empty database', () => {
  it('loads no demo content and creates no demo admin', async () => {
    expect(system.output()).not.toContain('Đã tạo tài khoản quản trị mẫu')
    expect(system.output()).toContain('npm run create-admin')
    for (const kind of ['agencies', 'drafts', 'spokespersons']) expect((await (await fetch(`${system.cms}/api/${kind}`)).json()).totalDocs, kind).toBe(0)
  })

  it('refuses to let a visitor register the first account, on the page and over the API', async () => {
    const page = await fetch(`${system.cms}/admin/create-first-user`)
    expect(page.status).toBe(403)
    const api = await fetch(`${system.cms}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ke-la@vi-du.invalid', password: 'mat-khau-ke-la-1', name: 'Người lạ', roles: ['admin'] }),
    })
    expect(api.status).toBe(403)
    expect((await api.json()).errors[0].message).toContain('npm run create-admin')
    const created = await fetch(`${system.cms}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ke-la-2@vi-du.invalid', password: 'mat-khau-ke-la-2', name: 'Người lạ', roles: ['admin'] }),
    })
    expect(created.status).toBe(403)
  })

  it('makes the first admin with npm run create-admin, whose session cookie is Secure, over responses that ask for HTTPS', async () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'cms/scripts/createAdmin.ts', '--email', 'quan-tri@vi-du.invalid', '--name', 'Nguyễn Văn Quản'],
      { env: system.env, encoding: 'utf8' },
    )
    expect(result.status, result.stderr).toBe(0)
    const password = /Mật khẩu:\s+(\S+)/.exec(result.stdout)?.[1]
    expect(password).toBeTruthy()
    const again = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'cms/scripts/createAdmin.ts', '--email', 'quan-tri@vi-du.invalid', '--name', 'Nguyễn Văn Quản'],
      { env: system.env, encoding: 'utf8' },
    )
    expect(again.status).toBe(1)
    const login = await fetch(`${system.cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'quan-tri@vi-du.invalid', password }),
    })
    expect(login.status).toBe(200)
    expect((await login.json()).user.roles).toEqual(['admin'])
    expect(login.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    expect(login.headers.get('strict-transport-security')).toContain('max-age=')
  })
})
