import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations as committed } from '../../cms/migrations/postgres'
import { npmStart, type RunningSystem } from '../helpers/npmStart'
import { createPostgresDatabase, newPostgresDatabaseUri, onPostgres } from '../helpers/postgres'
import { runNodeScript } from '../helpers/runNodeScript'
import { richText } from '../helpers/richText'

// The production database: `npm start` with DATABASE_URI=postgres://… on an empty database, end to end.
const databaseUri = newPostgresDatabaseUri()
let dropDatabase: () => Promise<void>
let system: RunningSystem

beforeAll(async () => {
  dropDatabase = await createPostgresDatabase(databaseUri)
  system = await npmStart({ DATABASE_URI: databaseUri })
}, 300_000)

afterAll(async () => {
  await system?.stop()
  await dropDatabase?.()
})

const rows = (query: string, values: unknown[] = []) => onPostgres(databaseUri, async (client) => (await client.query(query, values)).rows)

describe('npm start on PostgreSQL', () => {
  it('migrates the empty database from the PostgreSQL migrations and loads the demo content into it', async () => {
    const migrations = await rows('SELECT name FROM payload_migrations WHERE batch > 0')
    expect(migrations.map((row) => row.name).sort()).toEqual(committed.map((migration) => migration.name).sort())
    const [agencies] = await rows('SELECT count(*)::int AS n FROM agencies')
    expect(agencies.n).toBeGreaterThan(10)
    // No demo admin with a printed password: that is for the embedded default only.
    expect(system.output()).not.toContain('Đã tạo tài khoản quản trị mẫu')
    const health = await (await fetch(`${system.cms}/api/health`)).json()
    expect(health).toMatchObject({ status: 'ok', database: { ok: true } })
  })

  it('serves the public site built from what PostgreSQL holds', async () => {
    const [draft] = await rows("SELECT slug FROM drafts WHERE _status = 'published' ORDER BY slug LIMIT 1")
    const page = await fetch(`${system.site}du-thao/${draft.slug}/`)
    expect(page.status).toBe(200)
  })

  it('stores a citizen comment in PostgreSQL once, refusing the same comment sent twice at once', async () => {
    const [draft] = await rows("SELECT id FROM drafts WHERE opens_at < now() AND closes_at > now() AND _status = 'published' LIMIT 1")
    const text = 'Góp ý gửi vào cơ sở dữ liệu PostgreSQL, bấm nút hai lần.'
    const send = () =>
      fetch(`${system.cms}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: new URL(system.site).origin },
        body: JSON.stringify({ draft: draft.id, article: 'general', text, name: 'Trần Thị Bình', locality: 'phường Hội An', consent: true }),
      })
    const statuses = (await Promise.all([send(), send()])).map((response) => response.status).sort()
    expect(statuses).toEqual([201, 409])
    expect(await rows('SELECT state FROM comments WHERE text = $1', [text])).toEqual([{ state: 'new' }])
  })

  it('makes the first admin with npm run create-admin, whose edit is published to the site', async () => {
    const printed = runNodeScript(['--import', 'tsx', 'cms/scripts/createAdmin.ts', '--email', 'quan-tri@vi-du.invalid', '--name', 'Lê Văn Quản'], system.env)
    const password = /Mật khẩu:\s+(\S+)/.exec(printed)![1]
    const login = await fetch(`${system.cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'quan-tri@vi-du.invalid', password }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    const [agency] = await rows('SELECT id FROM agencies LIMIT 1')
    const created = await fetch(`${system.cms}/api/explainers`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Bài viết lưu trong PostgreSQL',
        lead: 'Từ cơ sở dữ liệu PostgreSQL đến trang công khai.',
        body: richText('Nội dung.'),
        lifecycleStage: 'implementation',
        agency: agency.id,
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const path = `${system.site}bai-giai-thich/bai-viet-luu-trong-postgresql/`
    await expect.poll(async () => (await fetch(path)).status, { timeout: 60_000, interval: 500 }).toBe(200)
  })
})
