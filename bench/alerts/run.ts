// bench/alerts: one alert to 10,000 confirmed subscribers through a real SMTP server on 127.0.0.1 (the npm smtp-server
// package), by the CMS's own task (cms/alerts/sendAlert.ts) on a fresh embedded database. Prints messages per second,
// peak memory and memory at each quarter of the run, and how many subscribers got no message or more than one. The
// baseline, measured in the same run against the same server, is nodemailer alone sending as many messages over the
// same pooled transport: the mail path's own ceiling. Goal: ≥ 200 messages per second, memory flat, nothing twice.
// Usage: npm run bench:alerts [-- 10000]
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import nodemailer from 'nodemailer'
import { SMTPServer } from 'smtp-server'
import { freePort } from '../../tests/helpers/freePort'

const total = Number(process.argv[2] ?? 10_000)
const received = new Map<string, number>()
let messages = 0
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo: (recipient, _session, done) => {
    received.set(recipient.address, (received.get(recipient.address) ?? 0) + 1)
    done()
  },
  onData: (stream, _session, done) => {
    stream.on('end', () => {
      messages++
      done()
    })
    stream.resume()
  },
})
const port = await freePort()
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
const smtpUrl = `smtp://127.0.0.1:${port}`
// Set before any module of the CMS is loaded: they read where the data lives as they load.
const dir = await mkdtemp(path.join(tmpdir(), 'bench-alerts-'))
Object.assign(process.env, { DATA_DIR: dir, PAYLOAD_SECRET: randomBytes(32).toString('hex'), SMTP_URL: smtpUrl, PAYLOAD_JOBS_AUTORUN: 'false' })

// Memory: sampled while sending; the peak and the value at each quarter of the messages.
let peak = 0
const quarters: number[] = []
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss
  peak = Math.max(peak, rss)
}, 50)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

async function timed(label: string, send: () => Promise<unknown>) {
  messages = 0
  received.clear()
  peak = 0
  quarters.length = 0
  const watcher = setInterval(() => {
    while (quarters.length < 4 && messages >= ((quarters.length + 1) * total) / 4) quarters.push(process.memoryUsage().rss)
  }, 20)
  const before = process.memoryUsage().rss
  const started = performance.now()
  await send()
  const seconds = (performance.now() - started) / 1000
  clearInterval(watcher)
  while (quarters.length < 4) quarters.push(process.memoryUsage().rss)
  const perSecond = messages / seconds
  console.log(
    `${label.padEnd(34)} ${String(messages).padStart(6)} messages in ${seconds.toFixed(1)} s = ${perSecond.toFixed(0)}/s; memory at the start ${mb(before)}, peak ${mb(peak)}, at each quarter ${quarters.map(mb).join(' → ')}`,
  )
  return perSecond
}

// Baseline: the same pooled transport the CMS makes from SMTP_URL, as many messages at a time as it has connections.
const { pooled } = await import('../../cms/config/email')
const transport = nodemailer.createTransport(pooled(smtpUrl))
const baseline = await timed('nodemailer alone (baseline)', async () => {
  let next = 0
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < total) {
        const n = next++
        await transport.sendMail({
          from: 'khong-tra-loi@vi-du.invalid',
          to: `nen-${n}@vi-du.invalid`,
          subject: 'Dự thảo lấy ý kiến',
          text: 'Nội dung thông báo.',
        })
      }
    }),
  )
})
transport.close()

// The CMS on a fresh embedded database, with SMTP_URL pointing at the same server.
const { getPayload } = await import('payload')
const { default: config } = await import('../../cms/payload.config')
const { recordAlert } = await import('../../cms/alerts/recordAlerts')
const { sendAlert } = await import('../../cms/alerts/sendAlert')
const { alertConsent } = await import('../../shared/alerts')
const payload = await getPayload({ config })
await payload.db.migrate()
const now = new Date().toISOString()
const made = performance.now()
for (let n = 0; n < total; n++)
  await payload.create({
    collection: 'alert-subscriptions',
    data: { email: `nguoi-${n}@vi-du.invalid`, kinds: ['newDraft'], frequency: 'immediate', confirmedAt: now, consentAt: now, consentText: alertConsent },
    depth: 0,
    disableTransaction: true,
  })
console.log(`(${total} subscriptions created in ${((performance.now() - made) / 1000).toFixed(1)} s)`)
await recordAlert(payload, {
  key: 'bench',
  kind: 'newDraft',
  title: 'Dự thảo Nghị quyết quy định mức hỗ trợ thử nghiệm',
  summary: 'Tóm tắt.',
  url: 'http://127.0.0.1:4321/du-thao/thu/',
})
const alert = (await payload.find({ collection: 'alerts', where: { key: { equals: 'bench' } }, depth: 0 })).docs[0]!
const ours = await timed('sendAlert (the CMS task)', () => sendAlert(payload, alert.id))
const counts = [...received.values()]
const missing = total - received.size
const twice = counts.filter((count) => count > 1).length
console.log(`ours / baseline: ${(ours / baseline).toFixed(2)}×; subscribers without a message: ${missing}; with more than one: ${twice}`)
console.log(`goal ≥ 200/s: ${ours >= 200 ? 'met' : 'NOT met'}; nothing twice: ${twice === 0 && missing === 0 ? 'met' : 'NOT met'}`)
clearInterval(sampler)
server.close()
await rm(dir, { recursive: true, force: true })
process.exit(0)
