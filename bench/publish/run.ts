// bench/publish: the real `npm start` with a 2,000-item site (the demo plus generated explainers, published through
// the REST API as editors would). Measures a full rebuild (SIGHUP) and, in the same run, the time from the save in
// the CMS until the changed page and the search index serve the new text, over 10 publishes (median and 95th
// percentile). Goal (issue 21): ≤ 3 s at 2,000 items, ≤ 5 s at 10,000. Usage: npm run bench:publish [-- 2000]
import path from 'node:path'
import { launchChromium } from '../../tests/helpers/browser'
import { npmStart, signInAsDemoAdmin } from '../../tests/helpers/npmStart'
import { richText } from '../../tests/helpers/richText'
import { astroBuildArgs, runNodeScript } from '../../tests/helpers/runNodeScript'
import { paragraphs, seededRandom, title } from '../corpus/vietnameseText'

const total = Number(process.argv[2] ?? 2000)
const system = await npmStart()
const { token } = await (await signInAsDemoAdmin(system)).json()
const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
const agency = (await (await fetch(`${system.cms}/api/agencies?limit=1&depth=0`)).json()).docs[0].id
const random = seededRandom(2000)
const rebuilds = () => system.output().split('Đã dựng lại trang công khai').length - 1
const waitFor = async (check: () => Promise<boolean> | boolean, what: string, limitMs = 600_000) => {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

// Publish the generated explainers, 20 at a time; the CMS coalesces the burst into rebuilds.
const existing = (await (await fetch(`${system.cms}/api/explainers?limit=0`)).json()).totalDocs as number
let first = ''
let last = ''
const started = Date.now()
for (let made = existing; made < total; made += 20) {
  const batch = Array.from({ length: Math.min(20, total - made) }, (_, i) => ({
    // Numbered, since generated titles can repeat and slugs cannot.
    title: `${title(random)} (${made + i + 1})`,
    lead: paragraphs(random, 1)[0],
    body: richText(paragraphs(random, 4).join(' ')),
    lifecycleStage: 'implementation',
    agency,
    _status: 'published',
  }))
  const created = await Promise.all(
    batch.map(async (data) => {
      const response = await fetch(`${system.cms}/api/explainers`, { method: 'POST', headers, body: JSON.stringify(data) })
      if (!response.ok) throw new Error(`Publishing "${data.title}" failed (${response.status}): ${await response.text()}`)
      return response.json()
    }),
  )
  first ||= created[0].doc.id
  last = created.at(-1).doc.slug
}
console.log(`${total - existing} explainers published in ${((Date.now() - started) / 1000).toFixed(0)} s; waiting for the site to catch up…`)
await waitFor(async () => (await fetch(`${system.site}bai-giai-thich/${last}/`)).ok, 'the last explainer on the site')
// Then until the builder has been quiet for a while (a rebuild requested during another runs once more).
for (let length = -1; length !== system.output().length;) {
  length = system.output().length
  await new Promise((resolve) => setTimeout(resolve, 8000))
}

// A full rebuild, as the nightly one.
const before = rebuilds()
let at = Date.now()
process.kill(system.pid(), 'SIGHUP')
await waitFor(() => rebuilds() > before, 'the full rebuild')
const full = (Date.now() - at) / 1000

// Ten changes published one after another, each to another explainer; each done when its page and the search
// index serve the new text.
const { browser, close } = await launchChromium()
const page = await browser.newPage()
const explainers = (await (await fetch(`${system.cms}/api/explainers?limit=10&depth=0&sort=createdAt`, { headers })).json()).docs as {
  id: string
  slug: string
}[]
const pageLive: number[] = []
const searchLive: number[] = []
for (const [round, doc] of explainers.entries()) {
  const word = `kiemtra${round}x${Date.now().toString(36)}`
  const at = Date.now()
  const saved = await fetch(`${system.cms}/api/explainers/${doc.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ lead: `Nội dung mới ${word}.`, _status: 'published' }),
  })
  if (!saved.ok) throw new Error(`Publishing the change failed (${saved.status}): ${await saved.text()}`)
  await waitFor(async () => (await (await fetch(`${system.site}bai-giai-thich/${doc.slug}/`)).text()).includes(word), 'the changed page', 120_000)
  pageLive.push((Date.now() - at) / 1000)
  await waitFor(
    async () => {
      await page.goto(`${system.site}tim-kiem/?q=${word}`)
      await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-ttcs-search-status]')?.textContent ?? ''))
      return (await page.locator('[data-ttcs-results] li').count()) > 0
    },
    'the search index',
    120_000,
  )
  searchLive.push((Date.now() - at) / 1000)
}
await close()
// What the site rebuilder said about the last three rebuilds.
const told = system
  .output()
  .split('\n')
  .filter((line) => /Đã dựng lại trang công khai|Dựng lại toàn bộ/.test(line))
  .slice(-3)

// For comparison, `npm run build` as a scheduler would run it where the site is served elsewhere: a fresh export
// process and a fresh Astro build (with the same warm image cache), into folders of its own.
at = Date.now()
const scratch = path.join(String(system.env.DATA_DIR), '..', 'npm-run-build')
const buildEnv = { ...system.env, SNAPSHOT_DIR: path.join(scratch, 'snapshot'), SITE_OUT_DIR: path.join(scratch, 'dist') }
for (const args of [['--import', 'tsx', 'cms/scripts/export.ts'], astroBuildArgs]) runNodeScript(args, buildEnv)
const npmRunBuild = (Date.now() - at) / 1000
await system.stop()

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)]!
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const goal = total <= 2000 ? 3 : 5
console.log(`\n${total} explainers plus the demo content, SQLite, one CMS process`)
console.log(`full rebuild (export, build, switch), for information   ${full.toFixed(1)} s`)
console.log(
  `save → changed page live          median ${median(pageLive).toFixed(1)} s, p95 ${quantile(pageLive, 0.95).toFixed(1)} s  [${pageLive.map((s) => s.toFixed(1)).join(' ')}]`,
)
console.log(
  `save → search index finds it      median ${median(searchLive).toFixed(1)} s, p95 ${quantile(searchLive, 0.95).toFixed(1)} s  [${searchLive.map((s) => s.toFixed(1)).join(' ')}]`,
)
console.log(`npm run build (export and build, cold), for information  ${npmRunBuild.toFixed(1)} s`)
for (const line of told) console.log(`  ${line.trim()}`)
console.log(
  `goal: the median of both ≤ ${goal} s at ${total <= 2000 ? '2,000' : '10,000'} items: ${median(searchLive) <= goal && median(pageLive) <= goal ? 'met' : 'NOT met'}`,
)
