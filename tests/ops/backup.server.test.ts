import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'

// Backup and restore as a province's IT staff would use them: while the CMS runs and citizens comment, then back
// into an empty data folder, which must hold the same rows, the same files and build the same site.
let system: RunningSystem
let work: string
let draftId: string

/** Runs one of the project's scripts without blocking this process (comments keep arriving meanwhile). */
function script(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `cms/scripts/${name}.ts`, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

/** Every row of every table of a SQLite file, in a stable order. */
function rowsOf(file: string): Record<string, unknown[]> {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]))
  } finally {
    db.close()
  }
}

async function checksums(root: string): Promise<Record<string, string>> {
  const sums: Record<string, string> = {}
  for (const folder of ['files', 'media']) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile())
        sums[path.relative(root, path.join(entry.parentPath, entry.name))] = createHash('sha256')
          .update(await readFile(path.join(entry.parentPath, entry.name)))
          .digest('hex')
    }
  }
  return sums
}

async function htmlPages(dist: string): Promise<Record<string, string>> {
  const pages: Record<string, string> = {}
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html'))
      pages[path.relative(dist, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), 'utf8')
  }
  return pages
}

/** The settings of a restore into `folder`, building the site at the same addresses as the running system's. */
const restoreEnv = (folder: string): NodeJS.ProcessEnv => ({
  ...system.env,
  DATA_DIR: path.join(folder, 'data'),
  SNAPSHOT_DIR: path.join(folder, 'snapshot'),
  SITE_OUT_DIR: path.join(folder, 'dist'),
  SITE_URL: system.site.replace(/\/$/, ''),
  CMS_PUBLIC_URL: system.cms,
  PAYLOAD_SECRET: 'sao-luu-phuc-hoi-chi-dung-trong-kiem-thu-0123456789',
})

const comment = (text: string) =>
  fetch(`${system.cms}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ draft: draftId, text, name: 'Người góp ý thử', locality: 'phường Tam Kỳ', consent: true }),
  })

beforeAll(async () => {
  work = await mkdtemp(path.resolve('build', 'test-backup-'))
  system = await npmStart({
    COMMENT_RATE_LIMIT_CLIENT: '100000/60',
    COMMENT_RATE_LIMIT_DRAFT: '100000/60',
    BACKUP_DIR: path.join(work, 'hang-dem'),
    BACKUP_KEEP: '3',
  })
  draftId = (await (await fetch(`${system.cms}/api/drafts?where[slug][equals]=quy-dinh-ho-tro-chuyen-doi-so-cap-xa&depth=0`)).json()).docs[0].id
  // Versions and an audit entry beside the demo content: an editor publishes a correction.
  const { token } = await (await signInAsDemoAdmin(system)).json()
  const explainer = (await (await fetch(`${system.cms}/api/explainers?limit=1&depth=0`)).json()).docs[0]
  const patched = await fetch(`${system.cms}/api/explainers/${explainer.id}?locale=vi`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ lead: `${explainer.lead} (đã đính chính)`, _status: 'published' }),
  })
  expect(patched.status).toBe(200)
}, 300_000)

afterAll(async () => {
  await system?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('nightly backups in npm start (BACKUP_DIR)', () => {
  const dashboard = async () => {
    const login = await signInAsDemoAdmin(system)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    return (await (await fetch(`${system.cms}/admin`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).text()).replaceAll('<!-- -->', '')
  }

  it('warn editors on the dashboard and monitors at /api/health while there is no backup of the last day', async () => {
    expect(await dashboard()).toContain('Chưa có bản sao lưu nào trong thư mục sao lưu')
    expect((await (await fetch(`${system.cms}/api/health`)).json()).backup).toEqual({ lastAt: null, ageSeconds: null })
    expect((await script('backup', ['--out', system.env.BACKUP_DIR!], system.env)).code).toBe(0)
    expect(await dashboard()).not.toContain('data-backup-late')
    const { backup } = await (await fetch(`${system.cms}/api/health`)).json()
    expect(backup.ageSeconds).toBeLessThan(60)
  })
})

describe('npm run backup', () => {
  it('keeps every comment acknowledged before it began, taken during a burst of comments', async () => {
    const acknowledged: { text: string; at: number }[] = []
    let stop = false
    const client = async (name: string) => {
      for (let n = 0; !stop; n++) {
        const text = `Góp ý trong lúc sao lưu ${name}-${n}: đề nghị giữ nguyên mức hỗ trợ.`
        if ((await comment(text)).status === 201) acknowledged.push({ text, at: Date.now() })
      }
    }
    const clients = ['a', 'b', 'c'].map(client)
    await expect.poll(() => acknowledged.length, { timeout: 20_000 }).toBeGreaterThan(30)
    const began = Date.now()
    const backup = await script('backup', ['--out', path.join(work, 'trong-luc-gop-y.tar.gz')], system.env)
    stop = true
    await Promise.all(clients)
    expect(backup.code, backup.output).toBe(0)
    expect(backup.output).toMatch(/Đã sao lưu \d+ dòng dữ liệu và \d+ tệp/)

    const extracted = path.join(work, 'trong-luc-gop-y')
    await rm(extracted, { recursive: true, force: true })
    await new Promise<void>((resolve, reject) => {
      const child = spawn('sh', ['-c', `mkdir -p "${extracted}" && tar -xzf "${path.join(work, 'trong-luc-gop-y.tar.gz')}" -C "${extracted}"`])
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar exited with ${code}`))))
    })
    const stored = new Set((rowsOf(path.join(extracted, 'cms.db')).comments as { text: string }[]).map((row) => row.text))
    const before = acknowledged.filter((item) => item.at < began)
    expect(before.length).toBeGreaterThan(30)
    expect(before.filter((item) => !stored.has(item.text))).toEqual([])
    const manifest = JSON.parse(await readFile(path.join(extracted, 'manifest.json'), 'utf8'))
    expect(manifest.rows.comments).toBe(stored.size)
    expect(manifest.files.length).toBeGreaterThan(5)
  }, 120_000)

  it('restores into an empty data folder the same rows, the same files, and a site built the same', async () => {
    // The live site's full search index is rebuilt first (after a publish, the change is in a delta index beside it).
    const since = Date.now()
    process.kill(system.pid(), 'SIGHUP')
    const statusFile = path.join(system.env.DATA_DIR!, 'site-status.json')
    await expect
      .poll(
        async () => {
          const status = JSON.parse(await readFile(statusFile, 'utf8'))
          return !status.buildingSince && !status.isPending && !status.lastWasTargeted && Date.parse(status.lastSuccessAt) > since
        },
        { timeout: 120_000, interval: 500 },
      )
      .toBe(true)
    const archive = path.join(work, 'yen-tinh.tar.gz')
    const backupAt = new Date().toISOString()
    expect((await script('backup', ['--out', archive], system.env)).code).toBe(0)
    const restored = path.join(work, 'phuc-hoi')
    const env = restoreEnv(restored)
    const result = await script('restore', [archive], env)
    expect(result.code, result.output).toBe(0)

    const live = path.join(system.env.DATA_DIR!, 'cms.db')
    const back = rowsOf(path.join(restored, 'data', 'cms.db'))
    expect(Object.keys(back)).toEqual(Object.keys(rowsOf(live)))
    // The job scheduler keeps running on the live system: what it wrote after the backup began is not in it.
    const beforeBackup = (table: string, rows: unknown[]) =>
      table.startsWith('payload_jobs') ? rows.filter((row) => String((row as { updated_at?: string }).updated_at ?? '') < backupAt) : rows
    for (const [table, rows] of Object.entries(rowsOf(live))) expect(beforeBackup(table, back[table]!), table).toEqual(beforeBackup(table, rows))
    expect(back._explainers_v!.length).toBeGreaterThan(1)
    expect(back.audit_log!.length).toBeGreaterThan(0)
    expect(await checksums(path.join(restored, 'data'))).toEqual(await checksums(system.env.DATA_DIR!))

    const pages = await htmlPages(system.env.SITE_OUT_DIR!)
    const rebuilt = await htmlPages(path.join(restored, 'dist'))
    expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(pages).sort())
    for (const page of ['index.html', 'du-thao/index.html', 'bai-giai-thich/index.html', 'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/index.html'])
      expect(rebuilt[page], page).toBe(pages[page])
    const searchEntry = (dist: string) => readFile(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8').then((text) => JSON.parse(text).languages)
    expect(await searchEntry(path.join(restored, 'dist'))).toEqual(await searchEntry(system.env.SITE_OUT_DIR!))
  }, 300_000)

  it('refuses to overwrite a database that holds content, unless told', async () => {
    const archive = path.join(work, 'yen-tinh.tar.gz')
    const restored = path.join(work, 'phuc-hoi')
    const refused = await script('restore', [archive], restoreEnv(restored))
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('đã có dữ liệu: không ghi đè')
    const forced = await script('restore', [archive, '--force'], restoreEnv(restored))
    expect(forced.code, forced.output).toBe(0)
  }, 300_000)

  it('refuses a damaged archive and changes nothing', async () => {
    const damaged = path.join(work, 'hong.tar.gz')
    await writeFile(damaged, (await readFile(path.join(work, 'yen-tinh.tar.gz'))).subarray(0, 20_000))
    const target = path.join(work, 'khong-dung')
    const result = await script('restore', [damaged], restoreEnv(target))
    expect(result.code).not.toBe(0)
    expect(await readdir(path.join(target, 'data')).catch(() => [])).not.toContain('cms.db')
  })
})
