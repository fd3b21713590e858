import { spawnSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { demoAdmin, npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'
import { uniqueMarker } from '../helpers/uniqueMarker'

let system: RunningSystem

beforeAll(async () => {
  // Soon after the last targeted rebuild, a full one folds the search delta into the full index.
  system = await npmStart({ SITE_FULL_REBUILD_WHEN_QUIET_MS: '15000', LOG_REQUESTS: 'true' })
}, 300_000)

const loginAsDemoAdmin = () => signInAsDemoAdmin(system)

afterAll(() => system?.stop())

describe('npm start in production', () => {
  it('refuses to start without a real PAYLOAD_SECRET and says what to do', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: path.join(tmpdir(), 'ttcs-never-used') }
    delete env.PAYLOAD_SECRET
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'cms/scripts/start.ts'], { env, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET is not set')
  })
})

describe('operations', () => {
  it('answers monitors at /api/health: database, snapshot age, last site build, waiting jobs, free disk', async () => {
    const response = await fetch(`${system.cms}/api/health`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const health = await response.json()
    expect(health).toMatchObject({ status: 'ok', database: { ok: true }, site: { isBuilding: expect.any(Boolean), lastError: null } })
    expect(health.snapshot.ageSeconds).toBeGreaterThanOrEqual(0)
    expect(Date.parse(health.site.lastSuccessAt)).toBeLessThanOrEqual(Date.now())
    expect(health.disk.freeBytes).toBeGreaterThan(0)
  })

  it('writes mail into data/mail/ when no SMTP server is set, outside production', async () => {
    const { email } = demoAdmin(system)
    const asked = await fetch(`${system.cms}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    expect(asked.status).toBe(200)
    const folder = path.join(system.env.DATA_DIR!, 'mail')
    await expect.poll(() => readdir(folder).catch(() => [] as string[]), { timeout: 10_000 }).toHaveLength(1)
    const [file] = await readdir(folder)
    const message = await readFile(path.join(folder, file!), 'utf8')
    expect(message).toContain(`To: ${email}`)
    expect(message).toMatch(/Subject: =\?UTF-8\?/)
    expect(message).toContain('Content-Type: text/plain')
  })

  it('logs one JSON line per request with the ID it answered with, and never mentions telemetry', async () => {
    const response = await fetch(`${system.cms}/api/drafts?limit=1&where[slug][equals]=bi-mat`)
    const id = response.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    await expect
      .poll(
        () =>
          system
            .output()
            .split('\n')
            .find((line) => line.includes(id!)),
        { timeout: 5000 },
      )
      .toBeTruthy()
    const line = JSON.parse(
      system
        .output()
        .split('\n')
        .find((entry) => entry.includes(id!))!,
    )
    expect(line).toMatchObject({ msg: 'request', id, method: 'GET', path: '/api/drafts', status: 200, client: '127.0.0.1' })
    expect(system.output()).not.toMatch(/telemetry/i)
  })
})

describe('npm start on the embedded default', () => {
  it('serves the public site built from the demo content', async () => {
    const response = await fetch(system.site)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('Quyết định ban hành Quy định hỗ trợ chuyển đổi số')
    expect((await fetch(`${system.site}khong-co-trang-nay/`)).status).toBe(404)
  })

  it('serves the admin sign-in page', async () => {
    const response = await fetch(`${system.cms}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('lang="vi"')
  })

  it('prints a demo admin that can sign in', async () => {
    const response = await loginAsDemoAdmin()
    expect(response.status).toBe(200)
    expect((await response.json()).user.roles).toContain('admin')
  })

  it('lists only published drafts to anonymous readers over HTTP', async () => {
    const login = await loginAsDemoAdmin()
    const { token } = await login.json()
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const published = (await (await fetch(`${system.cms}/api/drafts?limit=1`)).json()).docs[0]
    const marker = uniqueMarker('may-chu')
    const created = await fetch(`${system.cms}/api/drafts?draft=true`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: marker,
        summary: marker,
        documentType: published.documentType.id,
        draftingAgency: published.draftingAgency.id,
        opensAt: published.opensAt,
        closesAt: published.closesAt,
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)

    const anonymous = await (await fetch(`${system.cms}/api/drafts?limit=100&draft=true`)).text()
    expect(anonymous).toContain(published.title)
    expect(anonymous).not.toContain(marker)
    const signedIn = await (await fetch(`${system.cms}/api/drafts?limit=100&draft=true`, { headers: auth })).text()
    expect(signedIn).toContain(marker)
  })

  it('puts what an editor publishes on the live site without anyone acting', async () => {
    const login = await loginAsDemoAdmin()
    const { token } = await login.json()
    const agencies = await (await fetch(`${system.cms}/api/agencies?limit=1`)).json()
    const title = 'Bài mới xuất bản để kiểm tra việc dựng lại'
    const path = `${system.site}bai-giai-thich/bai-moi-xuat-ban-de-kiem-tra-viec-dung-lai/`
    expect((await fetch(path)).status).toBe(404)
    const created = await fetch(`${system.cms}/api/explainers`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title,
        lead: 'Kiểm tra đường đi từ xuất bản đến trang công khai.',
        body: {
          root: {
            type: 'root',
            children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung.', version: 1 }], version: 1 }],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          },
        },
        lifecycleStage: 'implementation',
        agency: agencies.docs[0].id,
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    await expect.poll(async () => (await fetch(path)).status, { timeout: 60_000, interval: 500 }).toBe(200)
    expect(await (await fetch(path)).text()).toContain(title)
    // The rebuild's own log line names the request whose save asked for it.
    const saveId = created.headers.get('x-request-id')!
    const rebuildLine = () =>
      system
        .output()
        .split('\n')
        .find((line) => line.startsWith('{') && line.includes('"site-rebuild"') && line.includes(saveId))
    await expect.poll(rebuildLine, { timeout: 10_000 }).toBeTruthy()
    expect(JSON.parse(rebuildLine()!)).toMatchObject({ msg: 'site-rebuild', ok: true, targeted: true, requestIds: [saveId] })
    // Only what changed was rendered; the list page, the sitemap and the other pages are all there.
    expect(system.output()).toMatch(/Đã dựng lại trang công khai \(xuất bản; chỉ phần thay đổi\)/)
    expect(await (await fetch(`${system.site}bai-giai-thich/`)).text()).toContain(title)
    const sitemap = await (await fetch(`${system.site}sitemap-0.xml`)).text()
    expect(sitemap).toContain('/bai-giai-thich/bai-moi-xuat-ban-de-kiem-tra-viec-dung-lai/')
    expect(sitemap).toContain('/so-tay/')
    expect((await fetch(`${system.site}gioi-thieu/`)).status).toBe(200)

    // A correction replaces the old text in search: the new word finds the page first, the old one no longer finds it.
    const before = system.output().length
    const oldWord = 'duongdicu'
    const newWord = 'duongdimoi'
    for (const word of [oldWord, newWord]) {
      const patched = await fetch(`${system.cms}/api/explainers/${(await created.clone().json()).doc.id}`, {
        method: 'PATCH',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ lead: `Kiểm tra tìm kiếm: ${word}.`, _status: 'published' }),
      })
      expect(patched.status).toBe(200)
      await expect.poll(async () => (await (await fetch(path)).text()).includes(word), { timeout: 60_000, interval: 500 }).toBe(true)
    }
    expect(system.output().slice(before)).toMatch(/chỉ phần thay đổi/)
    const { browser, close } = await launchChromium()
    try {
      const page = await browser.newPage()
      const found = async (word: string) => {
        await page.goto(`${system.site}tim-kiem/?q=${word}`)
        await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-ttcs-search-status]')?.textContent ?? ''))
        return page.locator('[data-ttcs-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      }
      // Pagefind answers a word it does not know with pages matching a shorter prefix; the page must come first.
      const ours = '/bai-giai-thich/bai-moi-xuat-ban-de-kiem-tra-viec-dung-lai/'
      expect((await found(newWord))[0]).toContain(ours)
      expect((await found(oldWord)).filter((href) => href?.includes(ours))).toEqual([])
      const quiet = 'Đã dựng lại trang công khai (sau khi ngừng xuất bản; toàn bộ)'
      await expect.poll(() => system.output().slice(before), { timeout: 80_000, interval: 500 }).toContain(quiet)
      expect((await fetch(`${system.site}pagefind-delta/pages.json`)).status).toBe(404)
      expect((await found(newWord))[0]).toContain(ours)
    } finally {
      await close()
    }
  }, 180_000)

  it('rebuilds on SIGHUP, as the nightly rebuild does, and keeps serving', async () => {
    const before = system.output().length
    process.kill(system.pid(), 'SIGHUP')
    await expect.poll(() => system.output().slice(before), { timeout: 60_000, interval: 500 }).toContain('Đã dựng lại trang công khai (theo yêu cầu; toàn bộ)')
    expect((await fetch(system.site)).status).toBe(200)
  }, 90_000)

  it('lets a scheduler run `npm run export` beside it, and the export finishes', () => {
    const snapshotDir = path.join(String(system.env.DATA_DIR), '..', 'scheduled-snapshot')
    const exported = spawnSync(process.execPath, ['--import', 'tsx', 'cms/scripts/export.ts'], {
      env: { ...system.env, SNAPSHOT_DIR: snapshotDir },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(exported.signal, 'the export was still running after a minute').toBeNull()
    expect(exported.status, exported.stderr).toBe(0)
    expect(exported.stdout).toContain(`Đã xuất ảnh chụp dữ liệu đã xuất bản vào ${snapshotDir}`)
  }, 90_000)

  it('shows editors the spokesperson coverage view in the admin', async () => {
    const login = await loginAsDemoAdmin()
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const response = await fetch(`${system.cms}/admin/do-phu-nguoi-phat-ngon`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/\d+<!-- -->\/<!-- -->\d+<!-- --> cơ quan, đơn vị có người phát ngôn|\d+\/\d+ cơ quan, đơn vị có người phát ngôn/)
    // Every agency that must have a spokesperson, with its state: those without one and those covered.
    expect(html).toMatch(/Sở Xây dựng<\/a>.*data-coverage-status="chưa có"/s)
    expect(html).toMatch(/Sở Khoa học và Công nghệ<\/a>.*data-coverage-status="có người phát ngôn"/s)
    expect(html).toContain('/api/reports/spokesperson-coverage.csv')
    expect(html).toContain('/api/reports/communication?period=')
    // The report form offers the half-year under way first.
    expect(html).toContain(`6 tháng ${new Date().getMonth() < 6 ? 'đầu' : 'cuối'} năm ${new Date().getFullYear()}`)
  })

  it('shows editors on the dashboard when the public site was last rebuilt', async () => {
    const login = await loginAsDemoAdmin()
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    // React separates adjacent text with <!-- --> comments; a reader sees the text without them.
    const html = (await (await fetch(`${system.cms}/admin`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).text()).replaceAll('<!-- -->', '')
    expect(html).toContain('data-site-build-status')
    expect(html).toMatch(/Cập nhật lần cuối: .*\((khởi động|xuất bản|theo yêu cầu); (dựng toàn bộ|chỉ dựng phần thay đổi), [\d,]+ giây\)/)
  })
})
