// bench/pageWeight: builds the demo site as production does (fresh database, migrations, demo content, export,
// site build) and prints how many bytes each kind of page sends compressed, against the goal that a page arrives
// in one round trip on a slow network: ≤ 14 KB of HTML and CSS (the CSS is inline). Usage: npm run bench:page-weight
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { RouteManifest } from '../../site/integrations/routeManifest'
import { astroBuildArgs, runNodeScript } from '../../tests/helpers/runNodeScript'

const goalBytes = 14 * 1024
const dir = await mkdtemp(path.join(tmpdir(), 'ttcs-bench-page-weight-'))
const env = {
  ...process.env,
  DATA_DIR: path.join(dir, 'data'),
  SNAPSHOT_DIR: path.join(dir, 'snapshot'),
  SITE_OUT_DIR: path.join(dir, 'dist'),
  BUILD_CACHE_DIR: path.join(dir, 'cache'),
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  PAYLOAD_JOBS_AUTORUN: 'false',
  DATABASE_URI: '',
  // The build says which route made each file: pages are grouped by it.
  SITE_ROUTES_FILE: path.join(dir, 'routes.json'),
}
for (const script of ['migrate', 'seed', 'export']) runNodeScript(['--import', 'tsx', `cms/scripts/${script}.ts`], env)
runNodeScript(astroBuildArgs, env)

// Pages grouped by the route that made them.
const dist = path.join(dir, 'dist')
const routes = JSON.parse(await readFile(env.SITE_ROUTES_FILE, 'utf8')) as RouteManifest
const kinds = new Map<string, { file: string; gzip: number; brotli: number }[]>()
for (const [route, files] of Object.entries(routes)) {
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = await readFile(path.join(dist, file))
    kinds.set(route, [...(kinds.get(route) ?? []), { file, gzip: gzipSync(html).length, brotli: brotliCompressSync(html).length }])
  }
}
const pages = [...kinds.values()].flat()

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`== demo site: ${pages.length} HTML pages; compressed size of HTML with its inline CSS (largest of each kind)`)
console.log(`${'route'.padEnd(44)} ${'pages'.padStart(5)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  largest`)
for (const [kind, sizes] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
  const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a))
  console.log(`${kind.padEnd(44)} ${String(sizes.length).padStart(5)} ${kb(largest.gzip).padStart(9)} ${kb(largest.brotli).padStart(9)}  ${largest.file}`)
}
const over = pages.filter((size) => size.gzip > goalBytes)
console.log(`${over.length} of ${pages.length} pages over ${kb(goalBytes)} gzip (goal: none; brotli, which the site server prefers, is smaller still)`)
await rm(dir, { recursive: true, force: true })
