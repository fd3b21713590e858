import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SnapshotExplainer } from '../../shared/snapshot'
import { axeViolations, launchChromium, serveFixture } from '../helpers/browser'
import { basePath, distDir, siteUrl } from '../helpers/dist'

// A targeted rebuild after a publish (only the changed documents' pages and the list pages, a search delta, the
// rest linked from the live release) must give the same site as a full build of the same snapshot.
const fixtureDir = path.dirname(distDir)
const work = mkdtempSync(path.join(tmpdir(), 'ttcs-targeted-'))
const snapshotDir = path.join(work, 'snapshot')
// The warm builder needs its releases under the working folder (see siteRebuilder).
mkdirSync('build', { recursive: true })
const releasesRoot = mkdtempSync(path.resolve('build', 'test-targeted-'))
const env = { SNAPSHOT_DIR: snapshotDir, BASE_PATH: basePath, SITE_URL: siteUrl, BUILD_CACHE_DIR: path.join(fixtureDir, 'build-cache') }
Object.assign(process.env, env)
cpSync(path.join(fixtureDir, 'snapshot'), snapshotDir, { recursive: true })

const { astroCliBuild, publishSite, rebuildScope, searchDelta, siteRebuilder, warmAstroBuild } = await import('../../site/publish')
const { readSnapshotContent } = await import('../../site/src/lib/snapshotContent')

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
// Built assets and search files are named by content and may accumulate; times differ between any two builds;
// the search page of a targeted release says that there is a search delta.
const isCompared = (file: string) => !/^(_astro|pagefind|pagefind-delta)\//.test(file) && /\.(html|json|xml|txt)$/.test(file)
const normalized = (text: string) =>
  text
    .replace(' data-search-delta="true"', '')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME')
    .replace(/[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT/g, 'TIME')

const marker = 'thaydoimoiphathanh'
let targeted: { isTargeted: boolean; release: string; fullBecause?: string }
let reference: string
let edited: SnapshotExplainer
let stopWorker = () => {}

beforeAll(async () => {
  const live = path.join(releasesRoot, 'live')
  const astroBuild = warmAstroBuild({ ...process.env, ...env })
  stopWorker = () => astroBuild.stop()
  const before = await readSnapshotContent()
  await publishSite(live, { astroBuild })

  // An editor corrects one explainer, and a newsroom of editors publishes 35 new ones: enough to page the lists.
  const explainers = structuredClone(before.explainers)
  edited = explainers.find((explainer) => explainer.relatedDraftIds.length > 0) ?? explainers[0]!
  edited.editions.vi.lead = `${edited.editions.vi.lead} Đã sửa: ${marker}.`
  for (let n = 1; n <= 35; n++) {
    const title = n === 1 ? 'Bài mới kiểm tra dựng lại' : `Bài mới số ${n}`
    explainers.push({
      ...structuredClone(edited),
      id: `bai-moi-${n}`,
      slug: n === 1 ? 'bai-moi-kiem-tra-dung-lai' : `bai-moi-so-${n}`,
      relatedDraftIds: [],
      editions: { vi: { ...edited.editions.vi, title } },
    })
  }
  writeFileSync(path.join(snapshotDir, 'explainers.json'), JSON.stringify(explainers))
  const after = await readSnapshotContent()
  const change = rebuildScope(before, after)
  if (!('scope' in change)) throw new Error(`expected a targeted rebuild, got ${JSON.stringify(change)}`)
  targeted = await publishSite(live, { astroBuild, targeted: { scope: change.scope, searchDelta: searchDelta(before, after) } })

  reference = path.join(releasesRoot, 'reference')
  await publishSite(reference, { astroBuild: astroCliBuild({ ...process.env, ...env }) })
}, 300_000)

afterAll(() => {
  stopWorker()
  rmSync(work, { recursive: true, force: true })
  rmSync(releasesRoot, { recursive: true, force: true })
})

describe('a targeted rebuild after a publish', () => {
  it('renders only what changed and switches the live site to it', () => {
    expect(targeted.fullBecause).toBeUndefined()
    expect(targeted.isTargeted).toBe(true)
    expect(realpathSync(path.join(releasesRoot, 'live'))).toBe(targeted.release)
  })

  it('gives the same pages, feeds, API files and sitemap as a full build of the same snapshot', () => {
    const full = realpathSync(reference)
    const fullFiles = filesOf(full).filter(isCompared).sort()
    const targetedFiles = filesOf(targeted.release).filter(isCompared).sort()
    expect(targetedFiles).toEqual(fullFiles)
    const different = fullFiles.filter(
      (file) => normalized(readFileSync(path.join(full, file), 'utf8')) !== normalized(readFileSync(path.join(targeted.release, file), 'utf8')),
    )
    expect(different).toEqual([])
    expect(readFileSync(path.join(targeted.release, 'bai-giai-thich', edited.slug, 'index.html'), 'utf8')).toContain(marker)
    expect(readFileSync(path.join(targeted.release, 'bai-giai-thich', 'index.html'), 'utf8')).toContain('Bài mới kiểm tra dựng lại')
    // The lists now run to a second page, linked from the first.
    expect(targetedFiles).toContain(path.join('bai-giai-thich', 'trang', '2', 'index.html'))
    expect(targetedFiles.some((file) => /^co-quan\/[^/]+\/trang\/2\/index\.html$/.test(file))).toBe(true)
    expect(readFileSync(path.join(targeted.release, 'bai-giai-thich', 'index.html'), 'utf8')).toContain(`href="${basePath}bai-giai-thich/trang/2/"`)
  })

  it('puts the changed and new pages in a search delta that replaces the old versions', () => {
    const delta = path.join(targeted.release, 'pagefind-delta')
    const fragments = readdirSync(path.join(delta, 'fragment')).map((name) => gunzipSync(readFileSync(path.join(delta, 'fragment', name))).toString('utf8'))
    expect(fragments.some((text) => text.includes(marker))).toBe(true)
    expect(fragments.some((text) => text.includes('bai-moi-kiem-tra-dung-lai'))).toBe(true)
    // The full index's page for the edited explainer is the one replaced.
    const { pages, replaces: replaced } = JSON.parse(readFileSync(path.join(delta, 'pages.json'), 'utf8')) as { pages: string[]; replaces: string[] }
    expect(pages.sort()).toEqual(
      readdirSync(path.join(delta, 'fragment'))
        .map((name) => name.replace('.pf_fragment', ''))
        .sort(),
    )
    const oldFragment = gunzipSync(readFileSync(path.join(targeted.release, 'pagefind', 'fragment', `${replaced[0]}.pf_fragment`))).toString('utf8')
    expect(replaced).toHaveLength(1)
    expect(oldFragment).toContain(`/bai-giai-thich/${edited.slug}/`)
    expect(oldFragment).not.toContain(marker)
    expect(readFileSync(path.join(targeted.release, 'tim-kiem', 'index.html'), 'utf8')).toContain('data-search-delta="true"')
    expect(readFileSync(path.join(realpathSync(reference), 'tim-kiem', 'index.html'), 'utf8')).not.toContain('data-search-delta')
  })
})

describe('paged lists', () => {
  it('are accessible and lead from page to page', async () => {
    const { browser, close } = await launchChromium()
    const { baseUrl, server } = await serveFixture(targeted.release, basePath)
    try {
      const page = await browser.newPage()
      const agencyPage = filesOf(targeted.release).find((file) => /^co-quan\/[^/]+\/trang\/2\/index\.html$/.test(file))!
      for (const pagePath of ['bai-giai-thich/', 'bai-giai-thich/trang/2/', agencyPage.replace('index.html', '')]) {
        await page.goto(`${baseUrl}${pagePath}`)
        expect(await axeViolations(page), pagePath).toEqual([])
      }
      await page.goto(`${baseUrl}bai-giai-thich/`)
      const pages = page.getByRole('navigation', { name: 'Các trang của danh sách' })
      await pages.getByRole('link', { name: 'Trang sau' }).click()
      await page.waitForURL(`${baseUrl}bai-giai-thich/trang/2/`)
      expect(await pages.locator('[aria-current="page"]').textContent()).toBe('Trang 2')
      expect(await page.locator('.ttcs-card').count()).toBeGreaterThan(0)
    } finally {
      server.close()
      await close()
    }
  })
})

describe('a rebuild that fails', () => {
  const live = path.join(releasesRoot, 'live')
  const statusFile = path.join(work, 'site-status.json')
  /** Rebuilds from a snapshot whose explainers are spoiled by `spoil`, then puts the good snapshot back. */
  async function rebuildFrom(spoil: (explainer: SnapshotExplainer) => SnapshotExplainer, check: () => Promise<void>) {
    const serving = realpathSync(live)
    const good = readFileSync(path.join(snapshotDir, 'explainers.json'), 'utf8')
    const broken = (JSON.parse(good) as SnapshotExplainer[]).map((explainer, index) => (index === 0 ? spoil(explainer) : explainer))
    const rebuilder = siteRebuilder({
      liveDir: live,
      env: { ...process.env, ...env },
      statusFile,
      exportSnapshot: async () => writeFileSync(path.join(snapshotDir, 'explainers.json'), JSON.stringify(broken)),
    })
    try {
      await rebuilder.rebuild('xuất bản')
      expect(realpathSync(live)).toBe(serving)
      expect(readFileSync(path.join(live, 'bai-giai-thich', edited.slug, 'index.html'), 'utf8')).toContain(marker)
      const status = JSON.parse(readFileSync(statusFile, 'utf8')) as { lastError?: { message: string }; buildingSince?: string }
      expect(status.buildingSince).toBeUndefined()
      expect(status.lastError?.message).toBeTruthy()
      await check()
    } finally {
      rebuilder.stop()
      writeFileSync(path.join(snapshotDir, 'explainers.json'), good)
    }
  }

  it('stops at a snapshot that is not what the site expects, and says which item and field', async () => {
    await rebuildFrom(
      (explainer) => ({ ...explainer, editions: {} }) as never,
      async () => {
        const status = JSON.parse(readFileSync(statusFile, 'utf8')) as { lastError: { message: string } }
        expect(status.lastError.message).toMatch(/explainers\[0\] \(id [^)]+\) editions\.vi/)
      },
    )
  }, 120_000)

  it('leaves the live site as it was when the build itself fails, and replaces the builder', async () => {
    // What a builder stopped during its warm-up left behind (no process has this ID).
    const abandoned = path.resolve('build', 'warm-up-4194303')
    mkdirSync(abandoned, { recursive: true })
    // A well-formed snapshot whose hero image file is missing: the share images step cannot read it.
    const missing = {
      id: 'khong-co',
      filename: 'khong-co.jpg',
      mimeType: 'image/jpeg',
      width: 800,
      height: 600,
      path: 'media/khong-co.jpg',
      alt: { vi: 'Ảnh' },
    }
    await rebuildFrom(
      (explainer) => ({ ...explainer, heroImage: missing }),
      async () => {
        // The failed builder is replaced by a fresh one, whose warm-up first clears abandoned scratch folders.
        await expect.poll(() => existsSync(abandoned), { timeout: 30_000, interval: 500 }).toBe(false)
      },
    )
  }, 120_000)
})
