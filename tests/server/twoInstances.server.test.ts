import { Redis } from 'ioredis'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/freePort'
import { requestFrom } from '../helpers/fromAddress'
import { npmStart, type RunningSystem, startCmsInstance } from '../helpers/npmStart'
import { createPostgresDatabase, newPostgresDatabaseUri, onPostgres } from '../helpers/postgres'
import { richText } from '../helpers/richText'
import { runNodeScript } from '../helpers/runNodeScript'

// Two CMS instances on one PostgreSQL database and one Redis: what one counts or saves, the other knows.
const databaseUri = newPostgresDatabaseUri()
// A Redis database of its own, emptied first, so counts from an earlier run never leak in.
const redisUri = 'redis://127.0.0.1:6379/7'
let dropDatabase: () => Promise<void>
let system: RunningSystem
let second: Awaited<ReturnType<typeof startCmsInstance>>
let instances: [string, string]
let openDraftId: string
let adminToken: string
let hookUrl: string

beforeAll(async () => {
  const redis = new Redis(redisUri)
  await redis.flushdb()
  await redis.quit()
  dropDatabase = await createPostgresDatabase(databaseUri)
  // The publisher inside `npm start` takes rebuild requests from the other instance at a known address.
  const hookPort = await freePort()
  hookUrl = `http://127.0.0.1:${hookPort}/rebuild`
  const token = randomBytes(24).toString('hex')
  system = await npmStart({ DATABASE_URI: databaseUri, REDIS_URL: redisUri, REBUILD_HOOK_LISTEN: `127.0.0.1:${hookPort}`, REBUILD_WEBHOOK_TOKEN: token })
  second = await startCmsInstance(system, { REBUILD_WEBHOOK_URL: hookUrl })
  instances = [system.cms, second.cms]
  const [draft] = await onPostgres(
    databaseUri,
    async (client) => (await client.query("SELECT id FROM drafts WHERE opens_at < now() AND closes_at > now() AND _status = 'published' LIMIT 1")).rows,
  )
  openDraftId = draft.id
  const printed = runNodeScript(['--import', 'tsx', 'cms/scripts/createAdmin.ts', '--email', 'quan-tri@vi-du.invalid', '--name', 'Lê Văn Quản'], system.env)
  const password = /Mật khẩu:\s+(\S+)/.exec(printed)![1]
  const login = await fetch(`${second.cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'quan-tri@vi-du.invalid', password }),
  })
  adminToken = (await login.json()).token
}, 300_000)

afterAll(async () => {
  await second?.stop()
  await system?.stop()
  await dropDatabase?.()
})

const comment = (cms: string, from: string, text: string) =>
  requestFrom(from, `${cms}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ draft: openDraftId, article: 'general', text, name: 'Phạm Văn Hùng', locality: 'xã Thăng An', consent: true }),
  })

describe('two CMS instances sharing PostgreSQL and Redis', () => {
  it('hold one per-client comment limit between them (20 per 10 minutes), not one each', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) statuses.push((await comment(instances[i % 2]!, '127.0.0.21', `Góp ý số ${i + 1} gửi lần lượt qua hai máy chủ.`)).status)
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201))
    expect(statuses.slice(20)).toEqual(Array(5).fill(429))
    // Another citizen is not affected, on either instance.
    expect((await comment(second.cms, '127.0.0.22', 'Góp ý của một người dân khác.')).status).toBe(201)
  })

  it('count failed sign-ins to one account from one address across both instances', async () => {
    const attempt = (cms: string) =>
      requestFrom('127.0.0.23', `${cms}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ai-do@vi-du.invalid', password: 'doan-mo-mat-khau' }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await attempt(instances[i % 2]!)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })

  it('forget a saved draft on every instance at once: unpublishing it through one stops comments through the other', async () => {
    // The second instance has read the open draft's facts (its cache keeps them for 10 seconds)…
    expect((await comment(second.cms, '127.0.0.24', 'Góp ý trước khi gỡ dự thảo xuống.')).status).toBe(201)
    const unpublished = await fetch(`${system.cms}/api/drafts/${openDraftId}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(unpublished.status, await unpublished.clone().text()).toBe(200)
    // …and refuses the next comment well within those 10 seconds, because the first told it through Redis.
    const started = Date.now()
    await expect.poll(async () => (await comment(second.cms, '127.0.0.25', 'Góp ý sau khi đã gỡ.')).status, { timeout: 2_000, interval: 100 }).toBe(404)
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('sign in on one and are signed in on the other, and what is published through the second reaches the site the first publishes', async () => {
    const [agency] = await onPostgres(databaseUri, async (client) => (await client.query('SELECT id FROM agencies LIMIT 1')).rows)
    const created = await fetch(`${second.cms}/api/explainers`, {
      method: 'POST',
      headers: { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Bài xuất bản qua máy chủ thứ hai',
        lead: 'Máy chủ thứ hai báo cho bộ xuất bản của máy chủ thứ nhất.',
        body: richText('Nội dung.'),
        lifecycleStage: 'implementation',
        agency: agency.id,
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    // The session the second instance issued is good on the first.
    expect(
      (await fetch(`${system.cms}/api/users/me`, { headers: { authorization: `JWT ${adminToken}` } }).then((response) => response.json())).user?.email,
    ).toBe('quan-tri@vi-du.invalid')
    const path = `${system.site}bai-giai-thich/bai-xuat-ban-qua-may-chu-thu-hai/`
    await expect.poll(async () => (await fetch(path)).status, { timeout: 60_000, interval: 500 }).toBe(200)
  })

  it('take rebuild requests at the publisher only with the shared token', async () => {
    for (const authorization of [undefined, 'Bearer khong-phai-ma-that', `Basic ${Buffer.from('a:b').toString('base64')}`]) {
      const response = await fetch(hookUrl, { method: 'POST', headers: authorization ? { authorization } : {}, body: '{}' })
      expect(response.status, String(authorization)).toBe(403)
    }
  })
})
