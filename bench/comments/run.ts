// bench/comments: comment POSTs against the real `npm start` on SQLite, from 50 concurrent clients. Prints throughput,
// median and p95 latency, and how many acknowledged comments are missing afterwards; and, as a baseline measured in
// the same run on the same server, anonymous reads of the draft (GET /api/drafts/:id) and the routing floor (a CORS
// preflight that touches no database). The machine's other work moves all rows together; compare within a run.
// Goal: ≥ 300 comments per second with nothing lost. Usage: npm run bench:comments [-- 3000]
import { npmStart, signInAsDemoAdmin } from '../../tests/helpers/npmStart'

const total = Number(process.argv[2] ?? 3000)
const concurrency = 50
const system = await npmStart({ COMMENT_RATE_LIMIT_CLIENT: '1000000/60', COMMENT_RATE_LIMIT_DRAFT: '1000000/60' })
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

const text = (n: number) => `Góp ý đo hiệu năng số ${n}: đề nghị làm rõ mức hỗ trợ cho tổ công nghệ số cộng đồng ở thôn xa.`
// Warm both paths (Next compiles routes on first use) before measuring.
await load(100, () => fetch(`${system.cms}/api/drafts/${draftId}?depth=0`))
await load(100, (n) =>
  fetch(`${system.cms}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ draft: draftId, text: `Khởi động ${n}`, name: 'Khách', locality: 'Quảng Nam', consent: true }),
  }),
)

const baseline = await load(total, () => fetch(`${system.cms}/api/drafts/${draftId}?depth=0`))
// The floor: Next and Payload's routing alone, answering the comment endpoint's CORS preflight (no database).
const floor = await load(total, () => fetch(`${system.cms}/api/comments`, { method: 'OPTIONS' }))
const comments = await load(total, (n) =>
  fetch(`${system.cms}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ draft: draftId, article: 'general', text: text(n), name: `Khách ${n % 50}`, locality: 'Quảng Nam', consent: true }),
  }),
)

const { token } = await (await signInAsDemoAdmin(system)).json()
const stored = new Set<string>(
  (
    await (
      await fetch(`${system.cms}/api/comments?where[draft][equals]=${draftId}&pagination=false&depth=0&select[text]=true`, {
        headers: { authorization: `JWT ${token}` },
      })
    ).json()
  ).docs.map((doc: { text: string }) => doc.text),
)
const lost = Array.from({ length: total }, (_, n) => text(n)).filter((t) => !stored.has(t)).length
await system.stop()

const row = (name: string, r: typeof baseline) =>
  `${name.padEnd(34)} ${r.perSecond.toFixed(0).padStart(6)}/s  median ${r.median.toFixed(0).padStart(4)} ms  p95 ${r.p95.toFixed(0).padStart(4)} ms  errors ${r.failures.length}`
console.log(
  `\n${total} requests each, ${concurrency} concurrent clients, SQLite (WAL, synchronous=${process.env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL'}), one CMS process`,
)
console.log(row('baseline: GET /api/drafts/:id', baseline))
console.log(row('floor: OPTIONS /api/comments', floor))
console.log(row('POST /api/comments', comments))
console.log(`comments / baseline throughput: ${(comments.perSecond / baseline.perSecond).toFixed(2)}`)
console.log(`acknowledged but missing: ${lost} of ${total - comments.failures.length}`)
console.log(`goal ≥ 300 comments/s with nothing lost: ${comments.perSecond >= 300 && lost === 0 && comments.failures.length === 0 ? 'met' : 'NOT met'}`)
