import { Redis } from 'ioredis'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestFrom } from '../helpers/fromAddress'
import { npmStart, type RunningSystem, startCmsInstance } from '../helpers/npmStart'
import { createPostgresDatabase, newPostgresDatabaseUri, onPostgres } from '../helpers/postgres'
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

beforeAll(async () => {
  const redis = new Redis(redisUri)
  await redis.flushdb()
  await redis.quit()
  dropDatabase = await createPostgresDatabase(databaseUri)
  system = await npmStart({ DATABASE_URI: databaseUri, REDIS_URL: redisUri, PAYLOAD_SECRET: randomBytes(32).toString('hex') })
  second = await startCmsInstance(system)
  instances = [system.cms, second.cms]
  const [draft] = await onPostgres(
    databaseUri,
    async (client) => (await client.query("SELECT id FROM drafts WHERE opens_at < now() AND closes_at > now() AND _status = 'published' LIMIT 1")).rows,
  )
  openDraftId = draft.id
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
    const printed = runNodeScript(['--import', 'tsx', 'cms/scripts/createAdmin.ts', '--email', 'quan-tri@vi-du.invalid', '--name', 'Lê Văn Quản'], system.env)
    const password = /Mật khẩu:\s+(\S+)/.exec(printed)![1]
    const login = await fetch(`${system.cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'quan-tri@vi-du.invalid', password }),
    })
    const { token } = await login.json()
    // The second instance has read the open draft's facts (its cache keeps them for 10 seconds)…
    expect((await comment(second.cms, '127.0.0.24', 'Góp ý trước khi gỡ dự thảo xuống.')).status).toBe(201)
    const unpublished = await fetch(`${system.cms}/api/drafts/${openDraftId}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(unpublished.status, await unpublished.clone().text()).toBe(200)
    // …and refuses the next comment well within those 10 seconds, because the first told it through Redis.
    const started = Date.now()
    await expect.poll(async () => (await comment(second.cms, '127.0.0.25', 'Góp ý sau khi đã gỡ.')).status, { timeout: 2_000, interval: 100 }).toBe(404)
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
