import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { freePort } from '../helpers/freePort'
import { requestFrom } from '../helpers/fromAddress'
import { demoAdmin, npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'

// The production recipe of the README: Debian's nginx serves dist/ under /truyen-thong-chinh-sach/ with the site's
// headers and passes /admin, /api, /_next and /oembed to the CMS, which trusts that one proxy.
const base = '/truyen-thong-chinh-sach/'
let system: RunningSystem
let nginx: ChildProcess
let work: string
let origin: string

beforeAll(async () => {
  if (!existsSync('/usr/sbin/nginx')) throw new Error('nginx is not installed: run `apt-get install -y nginx` (.ci/run does).')
  work = await mkdtemp(path.resolve('build', 'test-nginx-'))
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  system = await npmStart({ BASE_PATH: base, SITE_URL: origin, CMS_PUBLIC_URL: origin, TRUSTED_PROXIES: '1', LOG_REQUESTS: 'true' })
  const template = await readFile('deploy/nginx/site.conf.template', 'utf8')
  const values: Record<string, string> = {
    LISTEN: `127.0.0.1:${port}`,
    SITE_DIST: system.env.SITE_OUT_DIR!,
    CMS_UPSTREAM: system.cms,
    DEPLOY_DIR: path.resolve('deploy/nginx'),
  }
  const server = template.replace(/\$\{(LISTEN|SITE_DIST|CMS_UPSTREAM|DEPLOY_DIR)\}/g, (_, name: string) => values[name]!)
  // A main configuration of the test's own (Debian's is for the machine's nginx), running as root so it reads the test's folders.
  await writeFile(
    path.join(work, 'nginx.conf'),
    `user root;\nworker_processes 1;\ndaemon off;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${work}/body;\n  proxy_temp_path ${work}/proxy;\n${server}\n}\n`,
  )
  nginx = spawn('/usr/sbin/nginx', ['-c', path.join(work, 'nginx.conf'), '-p', work], { stdio: ['ignore', 'inherit', 'inherit'] })
  await vi.waitFor(
    async () => {
      if ((await fetch(`${origin}${base}`)).status !== 200) throw new Error('nginx is not serving the site yet')
    },
    { timeout: 20_000, interval: 200 },
  )
}, 300_000)

afterAll(async () => {
  nginx?.kill('SIGTERM')
  await system?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('behind nginx under a base path', () => {
  it('serves the site under its base path with the headers it needs, and its 404 page', async () => {
    const home = await fetch(`${origin}${base}`)
    const html = await home.text()
    expect(html).toContain(`href="${base}du-thao/"`)
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(home.headers.get('x-content-type-options')).toBe('nosniff')
    expect(home.headers.get('x-frame-options')).toBe('DENY')
    expect((await fetch(`${origin}/`, { redirect: 'manual' })).headers.get('location')).toContain(base)
    const missing = await fetch(`${origin}${base}khong-co-trang-nay/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('<html lang="vi">')
    const asset = /src="(\/truyen-thong-chinh-sach\/_astro\/[^"]+\.js)"/.exec(html)?.[1] ?? /href="(\/truyen-thong-chinh-sach\/_astro\/[^"]+)"/.exec(html)?.[1]
    if (asset) expect((await fetch(`${origin}${asset}`)).headers.get('cache-control')).toContain('immutable')
    expect((await fetch(`${origin}${base}nhung/du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/`)).headers.get('content-security-policy')).toContain(
      'frame-ancestors *',
    )
    expect((await fetch(`${origin}${base}api/v1/index.json`)).headers.get('access-control-allow-origin')).toBe('*')
  })

  it('answers a moved address with a 301 to the new one once nginx has reloaded', async () => {
    const { token } = await (await signInAsDemoAdmin(system)).json()
    const moved = { from: 'co-quan/so-thong-tin-va-truyen-thong/', to: 'co-quan/so-khoa-hoc-va-cong-nghe/' }
    const created = await fetch(`${system.cms}/api/redirects`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...moved, note: 'Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ.' }),
    })
    expect(created.status).toBe(201)
    // The rebuild writes the old address's page at once, and the map nginx reads.
    await expect.poll(async () => (await fetch(`${origin}${base}${moved.from}`)).text(), { timeout: 120_000, interval: 1000 }).toContain('Trang đã chuyển')
    expect(await readFile(path.join(system.env.SITE_OUT_DIR!, 'redirects.map'), 'utf8')).toContain(`${base}${moved.from} ${base}${moved.to};`)
    nginx.kill('SIGHUP')
    await expect.poll(async () => (await fetch(`${origin}${base}${moved.from}`, { redirect: 'manual' })).status, { timeout: 20_000, interval: 250 }).toBe(301)
    const answer = await fetch(`${origin}${base}${moved.from}`, { redirect: 'manual' })
    expect(new URL(answer.headers.get('location')!, origin).href).toBe(`${origin}${base}${moved.to}`)
    expect((await fetch(`${origin}${base}${moved.to}`, { redirect: 'manual' })).status).toBe(200)
  }, 180_000)

  it('answers oEmbed for a page through the proxy', async () => {
    const page = `${origin}${base}du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/`
    const response = await fetch(`${origin}/oembed?url=${encodeURIComponent(page)}&format=json`)
    expect(response.status).toBe(200)
    expect((await response.json()).html).toContain(`${origin}${base}nhung/du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/`)
  })

  it('takes a comment through the proxy and counts the address nginx saw, not what the client wrote', async () => {
    const draft = (await (await fetch(`${origin}/api/drafts?where[slug][equals]=quy-dinh-ho-tro-chuyen-doi-so-cap-xa&depth=0`)).json()).docs[0]
    const sent = await requestFrom('127.0.0.7', `${origin}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': '203.0.113.66' },
      body: JSON.stringify({ draft: draft.id, text: 'Góp ý gửi qua máy chủ nginx của tỉnh.', name: 'Người dân thử', locality: 'phường Hội An', consent: true }),
    })
    expect(sent.status).toBe(201)
    const id = sent.headers['x-request-id'] as string
    const logged = () =>
      system
        .output()
        .split('\n')
        .find((entry) => entry.includes(id))
    await vi.waitFor(() => expect(logged()).toBeTruthy(), { timeout: 5000 })
    const line = logged()
    expect(JSON.parse(line!)).toMatchObject({ method: 'POST', path: '/api/comments', status: 201, client: '127.0.0.7' })
  })

  it('finds pages in the search and lets an editor sign in to the admin, in Chromium', async () => {
    const { browser, close } = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(`${origin}${base}tim-kiem/?q=chuyen doi so`)
      await page.waitForFunction(() => /Tìm thấy/.test(document.querySelector('[data-ttcs-search-status]')?.textContent ?? ''))
      expect(await page.locator('[data-ttcs-results] a').first().getAttribute('href')).toContain(base)

      const { email, password } = demoAdmin(system)
      await page.goto(`${origin}/admin/login`)
      await page.fill('#field-email', email)
      await page.fill('#field-password', password)
      await Promise.all([page.waitForURL(/\/admin$/), page.click('button[type=submit]')])
      expect(page.url()).toBe(`${origin}/admin`)
      expect((await signInAsDemoAdmin(system)).status).toBe(200)
    } finally {
      await close()
    }
  })
})
