import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Redis } from 'ioredis'
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/freePort'
import { requestFrom } from '../helpers/fromAddress'
import { npmStart, type RunningSystem, startCmsInstance } from '../helpers/npmStart'
import { createPostgresDatabase, newPostgresDatabaseUri, onPostgres } from '../helpers/postgres'
import { richText } from '../helpers/richText'
import { runNodeScript } from '../helpers/runNodeScript'

// Two CMS instances on PostgreSQL and Redis behind Debian's haproxy (round robin, health checks), one publisher (in
// `npm start`): a burst of comments from 50 citizens while one instance is killed with SIGKILL and started again; an
// upload through one instance served on the site after a publish through the other; one build state on both.
const databaseUri = newPostgresDatabaseUri()
const redisUri = 'redis://127.0.0.1:6379/6'
const perClient = 60
let dropDatabase: () => Promise<void>
let system: RunningSystem
let second: Awaited<ReturnType<typeof startCmsInstance>>
let secondPort: number
let haproxy: ChildProcess
let balancer: string
let workDir: string
let openDraftId: string
let admin: Record<string, string>
let cookie: string
let hookUrl: string
const stamp = Date.now()

const startSecond = () => startCmsInstance(system, { REBUILD_WEBHOOK_URL: hookUrl, PORT: String(secondPort) })

beforeAll(async () => {
  const redis = new Redis(redisUri)
  await redis.flushdb()
  await redis.quit()
  dropDatabase = await createPostgresDatabase(databaseUri)
  const hookPort = await freePort()
  hookUrl = `http://127.0.0.1:${hookPort}/rebuild`
  // Behind one proxy: the CMS believes the address haproxy adds to X-Forwarded-For, and only that one.
  const shared = { DATABASE_URI: databaseUri, REDIS_URL: redisUri, TRUSTED_PROXIES: '1', COMMENT_RATE_LIMIT_CLIENT: `${perClient}/600` }
  system = await npmStart({ ...shared, REBUILD_HOOK_LISTEN: `127.0.0.1:${hookPort}`, REBUILD_WEBHOOK_TOKEN: randomBytes(24).toString('hex') })
  secondPort = await freePort()
  second = await startSecond()
  const lbPort = await freePort()
  balancer = `http://127.0.0.1:${lbPort}`
  workDir = await mkdtemp(path.join(tmpdir(), 'ttcs-haproxy-'))
  const config = path.join(workDir, 'haproxy.cfg')
  await writeFile(
    config,
    `global
  maxconn 1024
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch
frontend cms
  bind 127.0.0.1:${lbPort}
  option forwardfor
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /api/health
  default-server inter 300ms fall 2 rise 2
  server a ${new URL(system.cms).host} check
  server b 127.0.0.1:${secondPort} check
`,
  )
  haproxy = spawn('/usr/sbin/haproxy', ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] })
  let haproxyOutput = ''
  haproxy.stderr?.on('data', (chunk) => (haproxyOutput += chunk))
  for (const deadline = Date.now() + 10_000; (await fetch(`${balancer}/api/health`).catch(() => undefined))?.status !== 200;) {
    if (Date.now() > deadline || haproxy.exitCode !== null) throw new Error(`haproxy did not come up:\n${haproxyOutput}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const [draft] = await onPostgres(
    databaseUri,
    async (client) => (await client.query("SELECT id FROM drafts WHERE opens_at < now() AND closes_at > now() AND _status = 'published' LIMIT 1")).rows,
  )
  openDraftId = draft.id
  const printed = runNodeScript(
    ['--import', 'tsx', 'cms/scripts/createAdmin.ts', '--email', 'can-bang-tai@vi-du.invalid', '--name', 'Trần Thị Cân'],
    system.env,
  )
  const password = /Mật khẩu:\s+(\S+)/.exec(printed)![1]
  const login = await fetch(`${balancer}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'can-bang-tai@vi-du.invalid', password }),
  })
  cookie = login.headers.get('set-cookie')!.split(';')[0]!
  admin = { authorization: `JWT ${(await login.json()).token}` }
}, 300_000)

afterAll(async () => {
  haproxy?.kill('SIGTERM')
  await second?.stop()
  await system?.stop()
  await dropDatabase?.()
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

const comment = (from: string, text: string) =>
  requestFrom(from, `${balancer}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ draft: openDraftId, article: 'general', text, name: 'Nguyễn Thị Lan', locality: 'phường Hội An', consent: true }),
    // A sender gives up on an answer that does not come, and sends again (CI once hung past 600 s without this).
    timeoutMs: 20_000,
  }).catch(() => ({ status: 0, body: '', headers: {} }))

describe('two CMS instances behind a load balancer', () => {
  it('store every comment of a burst exactly once while one instance is killed and started again, its senders retrying', async () => {
    const clients = 50
    const each = 40
    const acknowledged: string[] = []
    const alreadyStored: string[] = []
    const unexpected: number[] = []
    let retries = 0
    let killed = false
    let restarted: Promise<unknown> | undefined
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let n = 0; n < each; n++) {
          const text = `Góp ý cân bằng tải ${stamp} của người ${client} số ${n}.`
          // As the site's form does when the network fails: send the same comment again, a moment later.
          for (let attempt = 0; ; attempt++) {
            const { status } = await comment(`127.0.1.${client + 1}`, text)
            if (status === 201) acknowledged.push(text)
            else if (status === 409) alreadyStored.push(text)
            else if ([0, 502, 503, 504].includes(status) && attempt < 50) {
              retries++
              await new Promise((resolve) => setTimeout(resolve, 200))
              continue
            } else unexpected.push(status)
            break
          }
          // A third of the way in, one instance dies without warning, and comes back.
          if (!killed && acknowledged.length >= (clients * each) / 3) {
            killed = true
            second.kill('SIGKILL')
            restarted = second.exited.then(async () => (second = await startSecond()))
          }
        }
      }),
    )
    await restarted
    expect(killed).toBe(true)
    expect(unexpected).toEqual([])
    // Every comment was answered 201 once, or 409 when the answer to an earlier try was lost with the instance.
    expect(acknowledged.length + alreadyStored.length).toBe(clients * each)
    const stored = await onPostgres(
      databaseUri,
      async (client) =>
        (await client.query('SELECT text, count(*)::int AS copies FROM comments WHERE text LIKE $1 GROUP BY text', [`Góp ý cân bằng tải ${stamp} %`])).rows,
    )
    const copies = new Map(stored.map((row: { text: string; copies: number }) => [row.text, row.copies]))
    expect(copies.size).toBe(clients * each)
    expect([...copies.values()].every((count) => count === 1)).toBe(true)
    console.log(`load balancer burst: ${acknowledged.length} acknowledged, ${alreadyStored.length} already stored, ${retries} retries after the kill`)
    // The restarted instance answers again.
    await expect.poll(async () => (await fetch(`${second.cms}/api/health`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200)
    // A bound, not a goal: on a loaded 2-core CI machine the burst and the restart once took past 300 s.
  }, 600_000)

  it('hold the per-client limit across both instances behind the balancer', async () => {
    const statuses: number[] = []
    for (let n = 0; n < perClient + 5; n++) statuses.push((await comment('127.0.2.1', `Góp ý giới hạn qua cân bằng tải ${stamp} số ${n}.`)).status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(perClient)
    expect(statuses.slice(perClient)).toEqual(Array(5).fill(429))
  })

  it('serve on the site a file uploaded through one instance once a publish through the other goes live, and show one build state on both', async () => {
    const [agency] = await onPostgres(databaseUri, async (client) => (await client.query('SELECT id FROM agencies LIMIT 1')).rows)
    const recording = await readFile('content/audio/ho-tro-to-cong-nghe-so-cong-dong.ktv.mp3')
    const form = new FormData()
    form.append('file', new Blob([recording], { type: 'audio/mpeg' }), `ban-nghe-can-bang-tai-${stamp}.mp3`)
    form.append('_payload', JSON.stringify({ title: `Bản nghe tải lên qua máy chủ thứ hai ${stamp}`, agency: agency.id }))
    const uploaded = await fetch(`${second.cms}/api/files`, { method: 'POST', headers: admin, body: form })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const file = (await uploaded.json()).doc
    const published = await fetch(`${system.cms}/api/explainers`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: `Bài có bản nghe tải qua máy chủ khác ${stamp}`,
        lead: 'Tệp tải lên qua một máy chủ, bài xuất bản qua máy chủ kia.',
        body: richText('Nội dung.'),
        lifecycleStage: 'implementation',
        agency: agency.id,
        audio: file.id,
        _status: 'published',
      }),
    })
    expect(published.status, await published.clone().text()).toBe(201)
    const page = `${system.site}bai-giai-thich/${(await published.json()).doc.slug}/`
    await expect.poll(async () => (await fetch(page)).status, { timeout: 90_000, interval: 500 }).toBe(200)
    const audio = parse(await (await fetch(page)).text())
      .querySelector('audio')!
      .getAttribute('src')!
    const served = await fetch(new URL(audio, system.site))
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(recording)).toBe(true)

    // The publisher reported the build to the CMS: both instances read the same state from the database.
    const health = async (cms: string) => (await (await fetch(`${cms}/api/health`)).json()).site
    await expect
      .poll(async () => (await health(system.cms))?.isBuilding === false && (await health(system.cms))?.isPending === false, { timeout: 30_000 })
      .toBe(true)
    const [first, other] = [await health(system.cms), await health(second.cms)]
    expect(first.lastSuccessAt).toBeTruthy()
    expect(other).toEqual(first)
    const dashboard = async (cms: string) => {
      const html = await (await fetch(`${cms}/admin`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).text()
      return parse(html.replaceAll('<!-- -->', '')).querySelector('[data-site-build-status]')?.text
    }
    const shown = await dashboard(system.cms)
    expect(shown).toContain('Cập nhật lần cuối')
    expect(await dashboard(second.cms)).toBe(shown)
  }, 180_000)
})
