// bench/search: a generated site of 2,000 Vietnamese explainers, searched in Chromium throttled to slow 4G and
// a 4× slower CPU. Measures, for our index and UI and for Pagefind's defaults (HTML indexing, no folding) in
// the same run: time to the first results and bytes moved for the first query, later query times, and whether
// each query finds its page in the top five. Usage: npm run bench:search [-- 2000]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type { SnapshotExplainer } from '../../shared/snapshot'
import { toSearchQuery } from '../../shared/searchText'
import { launchChromium } from '../../tests/helpers/browser'
import { freePort } from '../../tests/helpers/freePort'
import { astroBuildArgs, runNodeScript } from '../../tests/helpers/runNodeScript'
import { serveSite } from '../../site/publish/serve'
import { generateCorpus } from '../build/generateCorpus'

const count = Number(process.argv[2] ?? 2000)
const dir = await mkdtemp(path.join(tmpdir(), 'ttcs-bench-search-'))
const { snapshotDir } = await generateCorpus(dir, count)
const dist = path.join(dir, 'dist')
runNodeScript(astroBuildArgs, { ...process.env, SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: dist, BUILD_CACHE_DIR: path.join(dir, 'cache'), BASE_PATH: '' })

// Pagefind's defaults: index the built HTML as it is, no custom records, no folding.
const { index } = await pagefind.createIndex()
await index!.addDirectory({ path: dist })
await index!.writeFiles({ outputPath: path.join(dist, 'pagefind-default') })
await pagefind.close()
await writeFile(
  path.join(dist, 'default-search.html'),
  `<!doctype html><html lang="vi"><title>Pagefind mặc định</title><input id="q"><ol id="r"></ol><script type="module">
  window.runSearch = async (q) => { window.pf ??= await import('/pagefind-default/pagefind.js'); const s = await window.pf.search(q); const d = await Promise.all(s.results.slice(0, 5).map((r) => r.data())); document.getElementById('r').innerHTML = d.map((x) => '<li><a href="' + x.url + '">' + x.meta.title + '</a></li>').join(''); return d.map((x) => x.url) }
  </script></html>`,
)

// Queries as people type them: three words of a page's title without diacritics, plus its code.
const explainers = JSON.parse(await readFile(path.join(snapshotDir, 'explainers.json'), 'utf8')) as SnapshotExplainer[]
const sample = Array.from({ length: 20 }, (_, i) => explainers[Math.floor((i * explainers.length) / 20)]!)
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
const queries = sample.map((explainer) => {
  const words = fold(explainer.editions.vi.title).toLowerCase().replace(/[(),]/g, '').split(/\s+/)
  return { query: `${words.slice(0, 3).join(' ')} ${words.at(-1)}`, expected: `/bai-giai-thich/${explainer.slug}/` }
})

const port = await freePort()
const server = await serveSite(dist, port, '127.0.0.1', '/')
// Bytes are counted where they leave the server: the page's DevTools session does not see what a worker fetches.
const sockets = new Set<import('node:net').Socket>()
server.on('connection', (socket) => sockets.add(socket))
const sent = () => [...sockets].reduce((total, socket) => total + socket.bytesWritten, 0)
// Our page asks for the filter lists only after it has shown the first results: counted apart.
let filterBytes = 0
server.on('request', (request, response) => {
  const before = request.socket.bytesWritten
  response.on('finish', () => setImmediate(() => request.url?.includes('/filter/') && (filterBytes += request.socket.bytesWritten - before)))
})
const { browser, close } = await launchChromium()

async function measure(kind: 'ours' | 'defaults') {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  const before = sent()
  filterBytes = 0
  await page.goto(`http://127.0.0.1:${port}/${kind === 'ours' ? 'tim-kiem/' : 'default-search.html'}`)
  const pageBytes = sent() - before
  const times: number[] = []
  let hits = 0
  for (const [i, { query, expected }] of queries.entries()) {
    const started = Date.now()
    let urls: string[]
    if (kind === 'ours') {
      await page.fill('#tu-khoa', query)
      await page.press('#tu-khoa', 'Enter')
      await page.waitForFunction((q) => (document.querySelector('[data-ttcs-search-status]')?.textContent ?? '').includes(`“${q}”`), query)
      urls = await page
        .locator('[data-ttcs-results] li a')
        .evaluateAll((links) => links.slice(0, 5).map((link) => new URL((link as HTMLAnchorElement).href).pathname))
    } else {
      urls = await page.evaluate((q) => (window as unknown as { runSearch: (q: string) => Promise<string[]> }).runSearch(q), query)
    }
    times.push(Date.now() - started)
    if (urls.includes(expected)) hits++
    if (i === 0) {
      // Let the requests made after the results (the filter lists) finish before counting.
      await page.waitForTimeout(2000)
      const searchBytes = sent() - before - pageBytes
      console.log(
        `  ${kind}: first results after ${times[0]} ms, ${Math.round((searchBytes - filterBytes) / 1024)} KB for search (then ${Math.round(filterBytes / 1024)} KB of filter lists; page itself ${Math.round(pageBytes / 1024)} KB)`,
      )
      filterBytes = 0
    }
  }
  const later = times.slice(1).sort((a, b) => a - b)
  console.log(
    `  ${kind}: later queries median ${later[Math.floor(later.length / 2)]} ms, p95 ${later[Math.floor(later.length * 0.95)]} ms; ${hits}/${queries.length} found their page in the top 5; ${Math.round((sent() - before) / 1024)} KB moved in all`,
  )
  await context.close()
}

console.log(`== ${count} pages, slow 4G (150 ms, 1.6 Mbps) and 4× CPU slowdown; queries typed without diacritics`)
console.log(`  (queries folded for our index, e.g. "${toSearchQuery(queries[0]!.query)}")`)
await measure('ours')
await measure('defaults')
console.log('Goals (ours): first results ≤ 2000 ms after ≤ 200 KB; later queries ≤ 150 ms; every query finds its page in the top 5.')
await close()
server.close()
await rm(dir, { recursive: true, force: true })
