import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/freePort'
import { npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'
import { richText } from '../helpers/richText'

// Uploads in S3-compatible object storage (S3_* settings, Payload's storage-s3), against an S3 server started by the
// test (s3rver): nothing on the CMS's disk, the snapshot reads uploads through Payload, the site serves them, and
// object storage changes nobody's access: an unpublished upload is still not readable anonymously.
let s3: S3rver
let bucketDir: string
let system: RunningSystem
let admin: Record<string, string>

/** Every object in the bucket, as s3rver keeps them on its disk (`<bucket>/<key>._S3rver_object`). */
async function objects(): Promise<string[]> {
  const files = await readdir(path.join(bucketDir, 'ttcs-tai-lieu'), { recursive: true }).catch(() => [] as string[])
  return files.filter((file) => file.endsWith('._S3rver_object')).map((file) => file.replace(/\._S3rver_object$/, ''))
}

beforeAll(async () => {
  bucketDir = await mkdtemp(path.join(tmpdir(), 'ttcs-s3-'))
  s3 = new S3rver({ address: '127.0.0.1', port: await freePort(), silent: true, directory: bucketDir, configureBuckets: [{ name: 'ttcs-tai-lieu' }] })
  const { port } = await s3.run()
  system = await npmStart({
    S3_BUCKET: 'ttcs-tai-lieu',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  admin = { authorization: `JWT ${(await (await signInAsDemoAdmin(system)).json()).token}` }
}, 300_000)

afterAll(async () => {
  await system?.stop()
  await s3?.close()
  if (bucketDir) await rm(bucketDir, { recursive: true, force: true })
})

describe('uploads in object storage', () => {
  it('keeps the demo’s uploads in the bucket, none on the CMS’s disk, and the site serves them from the snapshot', async () => {
    const stored = await objects()
    expect(stored.some((key) => key.startsWith('files/') && key.endsWith('.mp3'))).toBe(true)
    expect(stored.some((key) => key.startsWith('media/'))).toBe(true)
    const onDisk = await readdir(path.join(system.env.DATA_DIR!, 'files')).catch(() => [] as string[])
    expect(onDisk).toEqual([])
    const page = await (await fetch(`${system.site}bai-giai-thich/nhan-biet-tin-gia-ve-chinh-sach/`)).text()
    const audio = parse(page).querySelector('audio')!.getAttribute('src')!
    const served = await fetch(new URL(audio, system.site))
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(await readFile('content/audio/nhan-biet-tin-gia-ve-chinh-sach.vi.mp3'))).toBe(true)
  })

  it('stores a new upload in the bucket, serves it to staff only until a published document uses it, then on the site', async () => {
    const agency = (await (await fetch(`${system.cms}/api/agencies?limit=1&depth=0`)).json()).docs[0].id
    const recording = await readFile('content/audio/ho-tro-to-cong-nghe-so-cong-dong.ktv.mp3')
    const form = new FormData()
    form.append('file', new Blob([recording], { type: 'audio/mpeg' }), 'ban-nghe-luu-tru-doi-tuong.mp3')
    form.append('_payload', JSON.stringify({ title: 'Bản nghe lưu trên kho đối tượng', agency }))
    const uploaded = await fetch(`${system.cms}/api/files`, { method: 'POST', headers: admin, body: form })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const file = (await uploaded.json()).doc
    expect(await objects()).toContain(`files/${file.filename}`)
    // Through the CMS: staff read it, nobody else does (the bucket itself is private).
    const fileUrl = `${system.cms}/api/files/file/${encodeURIComponent(file.filename)}`
    expect((await fetch(fileUrl)).status).toBe(403)
    const asStaff = await fetch(fileUrl, { headers: admin })
    expect(asStaff.status).toBe(200)
    expect(Buffer.from(await asStaff.arrayBuffer()).equals(recording)).toBe(true)
    const published = await fetch(`${system.cms}/api/explainers`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Bài có bản nghe trên kho đối tượng',
        lead: 'Tệp nằm trên kho lưu trữ đối tượng.',
        body: richText('Nội dung.'),
        lifecycleStage: 'implementation',
        agency,
        audio: file.id,
        _status: 'published',
      }),
    })
    expect(published.status, await published.clone().text()).toBe(201)
    const page = `${system.site}bai-giai-thich/bai-co-ban-nghe-tren-kho-doi-tuong/`
    await expect.poll(async () => (await fetch(page)).status, { timeout: 90_000, interval: 500 }).toBe(200)
    const audio = parse(await (await fetch(page)).text())
      .querySelector('audio')!
      .getAttribute('src')!
    expect(Buffer.from(await (await fetch(new URL(audio, system.site))).arrayBuffer()).equals(recording)).toBe(true)
  }, 150_000)
})
