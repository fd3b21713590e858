// bench/comments: comment POSTs against the real `npm start`, from 50 concurrent clients. Prints throughput, median and
// p95 latency, and how many acknowledged comments are missing afterwards; and, as a baseline measured in the same run
// on the same server, anonymous reads of the draft (GET /api/drafts/:id) and the routing floor (a CORS preflight that
// touches no database). The machine's other work moves all rows together; compare within a run.
// Goal: ≥ 300 comments per second with nothing lost. With `--instances 2`, the same burst through one CMS instance and
// then spread over two (`npm run serve:cms` beside `npm start`, sharing the database and Redis); goal: two ≥ 1.6× one,
// p95 ≤ 50 ms, nothing lost. On a machine with fewer cores than instances need, the second instance competes with the
// first for the same CPU: the ratio then shows that, not the scaling.
// Usage: npm run bench:comments [-- 3000] [--instances 2] [--db postgres]
import { parseArgs } from 'node:util'
import { npmStart, startCmsInstance } from '../../tests/helpers/npmStart'
import { createPostgresDatabase, newPostgresDatabaseUri } from '../../tests/helpers/postgres'
import { runNodeScript } from '../../tests/helpers/runNodeScript'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { instances: { type: 'string', default: '1' }, db: { type: 'string', default: 'sqlite' } },
})
const total = Number(positionals[0] ?? 3000)
const instances = Number(values.instances)
const onPostgres = values.db === 'postgres'
if (![1, 2].includes(instances) || !['sqlite', 'postgres'].includes(values.db!))
  throw new Error('Usage: npm run bench:comments [-- 3000] [--instances 1|2] [--db sqlite|postgres]')
const concurrency = 50

const databaseUri = onPostgres ? newPostgresDatabaseUri() : undefined
const dropDatabase = databaseUri ? await createPostgresDatabase(databaseUri) : undefined
const system = await npmStart({
  COMMENT_RATE_LIMIT_CLIENT: '1000000/60',
  COMMENT_RATE_LIMIT_DRAFT: '1000000/60',
  ...(databaseUri ? { DATABASE_URI: databaseUri } : {}),
  ...(instances > 1 ? { REDIS_URL: 'redis://127.0.0.1:6379/8' } : {}),
})
const second = instances > 1 ? await startCmsInstance(system) : undefined
const slug = 'quy-dinh-ho-tro-chuyen-doi-so-cap-xa'
const draftId: string = (await (await fetch(`${system.cms}/api/drafts?where[slug][equals]=${slug}&depth=0`)).json()).docs[0].id

/** Runs `count` requests from `concurrency` clients; returns requests per second and latencies in ms. */
async function load(count: number, request: (n: number) => Promise<Response>) {
  const latencies: number[] = []
  const failures: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = next++
        const sent = performance.now()
        const response = await request(n)
        await response.arrayBuffer()
        latencies.push(performance.now() - sent)
        if (!response.ok) failures.push(response.status)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!
  return { perSecond: count / seconds, median: at(0.5), p95: at(0.95), failures }
}

const text = (phase: string, n: number) => `Góp ý đo hiệu năng ${phase} số ${n}: đề nghị làm rõ mức hỗ trợ cho tổ công nghệ số cộng đồng ở thôn xa.`
const postComment = (cms: string, body: string) => fetch(`${cms}/api/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
const comment = (phase: string, n: number) =>
  JSON.stringify({ draft: draftId, article: 'general', text: text(phase, n), name: `Khách ${n % 50}`, locality: 'phường Hội An', consent: true })
// Warm every instance's paths (Next compiles routes on first use) before measuring.
for (const cms of [system.cms, ...(second ? [second.cms] : [])]) {
  await load(100, () => fetch(`${cms}/api/drafts/${draftId}?depth=0`))
  await load(100, (n) =>
    postComment(cms, JSON.stringify({ draft: draftId, text: `Khởi động ${cms} ${n}`, name: 'Khách', locality: 'phường Hội An', consent: true })),
  )
}

const baseline = await load(total, () => fetch(`${system.cms}/api/drafts/${draftId}?depth=0`))
// The floor: Next and Payload's routing alone, answering the comment endpoint's CORS preflight (no database).
const floor = await load(total, () => fetch(`${system.cms}/api/comments`, { method: 'OPTIONS' }))
const comments = await load(total, (n) => postComment(system.cms, comment('một máy', n)))
const spread = second ? await load(total, (n) => postComment(n % 2 ? second.cms : system.cms, comment('hai máy', n))) : undefined

const printed = runNodeScript(['--import', 'tsx', 'cms/scripts/createAdmin.ts', '--email', 'do-hieu-nang@vi-du.invalid', '--name', 'Đo hiệu năng'], system.env)
const password = /Mật khẩu:\s+(\S+)/.exec(printed)![1]
const login = await fetch(`${system.cms}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'do-hieu-nang@vi-du.invalid', password }),
})
const { token } = await login.json()
const stored = new Set<string>(
  (
    await (
      await fetch(`${system.cms}/api/comments?where[draft][equals]=${draftId}&pagination=false&depth=0&select[text]=true`, {
        headers: { authorization: `JWT ${token}` },
      })
    ).json()
  ).docs.map((doc: { text: string }) => doc.text),
)
const lost = (phase: string) => Array.from({ length: total }, (_, n) => text(phase, n)).filter((t) => !stored.has(t)).length
await second?.stop()
await system.stop()
await dropDatabase?.()

const row = (name: string, r: typeof baseline) =>
  `${name.padEnd(38)} ${r.perSecond.toFixed(0).padStart(6)}/s  median ${r.median.toFixed(0).padStart(4)} ms  p95 ${r.p95.toFixed(0).padStart(4)} ms  errors ${r.failures.length}`
const database = onPostgres ? 'PostgreSQL' : `SQLite (WAL, synchronous=${process.env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL'})`
console.log(`\n${total} requests each, ${concurrency} concurrent clients, ${database}${second ? ', Redis, up to two CMS instances' : ', one CMS process'}`)
console.log(row('baseline: GET /api/drafts/:id', baseline))
console.log(row('floor: OPTIONS /api/comments', floor))
console.log(row('POST /api/comments, one instance', comments))
console.log(`comments / baseline throughput: ${(comments.perSecond / baseline.perSecond).toFixed(2)}`)
console.log(`acknowledged but missing: ${lost('một máy')} of ${total - comments.failures.length}`)
console.log(
  `goal ≥ 300 comments/s with nothing lost: ${comments.perSecond >= 300 && lost('một máy') === 0 && comments.failures.length === 0 ? 'met' : 'NOT met'}`,
)
if (spread) {
  console.log(row('POST /api/comments, two instances', spread))
  console.log(`two instances / one: ${(spread.perSecond / comments.perSecond).toFixed(2)}× throughput`)
  console.log(`acknowledged but missing: ${lost('hai máy')} of ${total - spread.failures.length}`)
  const met = spread.perSecond >= 1.6 * comments.perSecond && spread.p95 <= 50 && lost('hai máy') === 0 && spread.failures.length === 0
  console.log(`goal two ≥ 1.6× one, p95 ≤ 50 ms, nothing lost: ${met ? 'met' : 'NOT met'}`)
}
