import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/freePort'
import { type CmsInstance, npmStart, type RunningSystem, signInAsDemoAdmin, startCmsInstance } from '../helpers/npmStart'
import { richText } from '../helpers/richText'

// `npm run publisher`, the publisher as a process of its own: it fetches the published snapshot and its uploads over
// HTTP (its own snapshot folder, never the CMS's), builds its own release and serves it; a CMS instance tells it to
// rebuild. The snapshot endpoints answer only with the shared token.
const token = randomBytes(24).toString('hex')
let system: RunningSystem
let instance: CmsInstance
let publisher: ChildProcess
let publisherOutput = ''
let publisherSite: string
let workDir: string
let admin: Record<string, string>

beforeAll(async () => {
  system = await npmStart({ REBUILD_WEBHOOK_TOKEN: token })
  await mkdir('build', { recursive: true })
  workDir = await mkdtemp(path.resolve('build', 'test-publisher-'))
  const [hookPort, sitePort] = [await freePort(), await freePort()]
  publisherSite = `http://127.0.0.1:${sitePort}/`
  publisher = spawn(process.execPath, ['--import', 'tsx', 'site/publish/publisherProcess.ts'], {
    env: {
      ...system.env,
      CMS_URL: system.cms,
      REBUILD_WEBHOOK_TOKEN: token,
      REBUILD_HOOK_LISTEN: `127.0.0.1:${hookPort}`,
      SITE_PORT: String(sitePort),
      SITE_OUT_DIR: path.join(workDir, 'dist'),
      SNAPSHOT_DIR: path.join(workDir, 'snapshot'),
      SITE_STATUS_FILE: path.join(workDir, 'site-status.json'),
      // Nothing of the CMS's own disk: a publisher on another machine has none.
      DATA_DIR: path.join(workDir, 'no-cms-data'),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  publisher.stdout?.on('data', (chunk) => (publisherOutput += chunk))
  publisher.stderr?.on('data', (chunk) => (publisherOutput += chunk))
  for (const deadline = Date.now() + 240_000; !publisherOutput.includes('Trang công khai:');) {
    if (publisher.exitCode !== null || Date.now() > deadline) throw new Error(`npm run publisher did not start:\n${publisherOutput}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  instance = await startCmsInstance(system, { REBUILD_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/rebuild`, REBUILD_WEBHOOK_TOKEN: token })
  admin = { authorization: `JWT ${(await (await signInAsDemoAdmin(system)).json()).token}` }
}, 420_000)

afterAll(async () => {
  if (publisher?.pid && publisher.exitCode === null) process.kill(-publisher.pid, 'SIGTERM')
  await instance?.stop()
  await system?.stop()
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

describe('npm run publisher', () => {
  it('builds its own release from the snapshot it fetched over HTTP', async () => {
    const home = await fetch(publisherSite)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Truyền thông chính sách')
    expect((await readdir(path.join(workDir, 'snapshot'))).sort()).toEqual(
      expect.arrayContaining(['drafts.json', 'explainers.json', 'files', 'media', 'manifest.json']),
    )
    // The demo's recordings came over HTTP into its own snapshot.
    expect((await readdir(path.join(workDir, 'snapshot', 'files'))).some((file) => file.endsWith('.mp3'))).toBe(true)
  })

  it('rebuilds when a CMS instance publishes, with a file uploaded through that instance', async () => {
    const before = new Date().toISOString()
    const agency = (await (await fetch(`${instance.cms}/api/agencies?limit=1&depth=0`)).json()).docs[0].id
    const recording = await readFile('content/audio/nhan-biet-tin-gia-ve-chinh-sach.vi.mp3')
    const form = new FormData()
    form.append('file', new Blob([recording], { type: 'audio/mpeg' }), 'ban-nghe-bo-xuat-ban.mp3')
    form.append('_payload', JSON.stringify({ title: 'Bản nghe thử bộ xuất bản riêng', agency }))
    const uploaded = await fetch(`${instance.cms}/api/files`, { method: 'POST', headers: admin, body: form })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const published = await fetch(`${instance.cms}/api/explainers`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Bài dựng bởi bộ xuất bản riêng',
        lead: 'Máy chủ quản trị báo cho bộ xuất bản chạy riêng.',
        body: richText('Nội dung.'),
        lifecycleStage: 'implementation',
        agency,
        audio: (await uploaded.json()).doc.id,
        _status: 'published',
      }),
    })
    expect(published.status, await published.clone().text()).toBe(201)
    const page = `${publisherSite}bai-giai-thich/bai-dung-boi-bo-xuat-ban-rieng/`
    await expect.poll(async () => (await fetch(page)).status, { timeout: 120_000, interval: 500 }).toBe(200)
    const audio = parse(await (await fetch(page)).text())
      .querySelector('audio')!
      .getAttribute('src')!
    const served = await fetch(new URL(audio, publisherSite))
    expect(Buffer.from(await served.arrayBuffer()).equals(recording)).toBe(true)
    // It told the CMS how the build went; every instance shows it.
    await expect.poll(async () => (await (await fetch(`${instance.cms}/api/health`)).json()).site?.lastSuccessAt > before, { timeout: 30_000 }).toBe(true)
  }, 180_000)

  it('gives the snapshot and its uploads only for the shared token, and no file outside them', async () => {
    for (const authorization of [undefined, 'Bearer khong-phai-ma-that', `Basic ${Buffer.from(`x:${token}`).toString('base64')}`]) {
      for (const url of [`${system.cms}/api/site-snapshot`, `${system.cms}/api/site-snapshot/uploads/files/x.mp3`]) {
        const response = await fetch(url, { headers: authorization ? { authorization } : {} })
        expect(response.status, `${url} ${authorization}`).toBe(403)
      }
      const status = await fetch(`${system.cms}/api/site-build-status`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ isPending: false, lastSuccessAt: '2000-01-01T00:00:00Z' }),
      })
      expect(status.status).toBe(403)
    }
    const withToken = { authorization: `Bearer ${token}` }
    for (const name of ['..%2Fcms.db', '..%2F..%2Fpayload-secret', '.env', '%2Fetc%2Fpasswd'])
      expect((await fetch(`${system.cms}/api/site-snapshot/uploads/files/${name}`, { headers: withToken })).status, name).toBe(404)
    expect((await fetch(`${system.cms}/api/site-snapshot/uploads/users/x`, { headers: withToken })).status).toBe(404)
  })
})
