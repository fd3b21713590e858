// `npm start`: prepares the database (migrations, demo content, demo admin), builds what is missing,
// writes the published snapshot and serves the admin. Everything it needs is in the repository.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { adminBuildIsCurrent, recordAdminBuild } from '../adminBuild'
import { dataDir } from '../dataDir'
import type { SiteBuildStatus } from '../../shared/siteBuildStatus'
import { demoSecret } from '../demoSecret'

const isProduction = process.env.NODE_ENV === 'production'
const isEmbedded = !process.env.DATABASE_URI
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'

if (!process.env.PAYLOAD_SECRET) {
  if (isProduction) {
    console.error('NODE_ENV=production but PAYLOAD_SECRET is not set: set a long random secret (for example `openssl rand -hex 32`) and start again.')
    process.exit(1)
  }
  process.env.PAYLOAD_SECRET = await demoSecret()
}
process.env.DATA_DIR = dataDir

const { prepareDatabase } = await import('../prepareDatabase')
await prepareDatabase({ createDemoAdmin: isEmbedded && !isProduction })

// The state of the public site's builds, for the admin dashboard.
const statusFile = path.resolve(process.env.SITE_STATUS_FILE ?? path.join(dataDir, 'site-status.json'))
process.env.SITE_STATUS_FILE = statusFile
const buildStatus: SiteBuildStatus = { isPending: false }
const saveStatus = (change: Partial<SiteBuildStatus>) => writeFile(statusFile, JSON.stringify(Object.assign(buildStatus, change), null, 2))

// Publishing in the CMS asks for a rebuild through a webhook; by default it is this process, on loopback only.
const rebuildToken = randomBytes(24).toString('hex')
let rebuildRequested: (reason: string) => void = () => undefined
const hookServer = createServer((request, response) => {
  const isAllowed = request.method === 'POST' && request.url === '/rebuild' && request.headers.authorization === `Bearer ${rebuildToken}`
  response.writeHead(isAllowed ? 202 : 403).end()
  if (isAllowed) rebuildRequested('xuất bản')
})
await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve))
const hookAddress = hookServer.address()
process.env.REBUILD_WEBHOOK_URL ??= `http://127.0.0.1:${typeof hookAddress === 'object' && hookAddress ? hookAddress.port : 0}/rebuild`
process.env.REBUILD_WEBHOOK_TOKEN ??= rebuildToken

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
// Next builds and serves only in production mode; a development NODE_ENV breaks its prerendering.
const nextEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' }
const cmsDir = path.resolve('cms')
if (!(await adminBuildIsCurrent(cmsDir))) {
  console.log('Đang dựng giao diện quản trị (lần đầu mất khoảng 1–2 phút)…')
  await run(process.execPath, [nextBin, 'build', cmsDir, '--webpack'])
  await recordAdminBuild(cmsDir)
}

const server = spawn(process.execPath, [nextBin, 'start', cmsDir, '--hostname', host, '--port', String(port)], { env: nextEnv, stdio: ['ignore', 'inherit', 'inherit'] })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

const base = `http://${host}:${port}`
await waitFor(`${base}/api/drafts?limit=1`)

// The public site: built from the snapshot written above, served from SITE_OUT_DIR (dist/) beside the CMS.
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const liveDir = path.resolve(process.env.SITE_OUT_DIR ?? 'dist')
const { publishSite } = await import('../../site/publishSite')
const { serveSite } = await import('../../site/serve')
const { siteBase } = await import('../../site/src/lib/deployment')
const { msUntilLocalMidnight } = await import('../../shared/localDay')
await saveStatus({ buildingSince: new Date().toISOString() })
await publishSite(liveDir, nextEnv)
await saveStatus({ buildingSince: undefined, lastSuccessAt: new Date().toISOString(), lastReason: 'khởi động' })
await serveSite(liveDir, sitePort, host)

// Rebuild every night just after midnight (Vietnam time), so statuses and days left change with the date
// even for readers without JavaScript; `kill -HUP <pid>` asks for a rebuild now.
let rebuilding: Promise<void> | undefined
let isRequestedAgain = false
function rebuild(reason: string): Promise<void> {
  if (rebuilding) {
    isRequestedAgain = true
    void saveStatus({ isPending: true })
    return rebuilding
  }
  rebuilding = (async () => {
    try {
      await saveStatus({ buildingSince: new Date().toISOString(), isPending: false })
      await run(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'cms/scripts/export.ts'])
      await publishSite(liveDir, nextEnv)
      await saveStatus({ buildingSince: undefined, lastSuccessAt: new Date().toISOString(), lastReason: reason })
      console.log(`Đã dựng lại trang công khai (${reason}).`)
    } catch (error) {
      await saveStatus({ buildingSince: undefined, lastError: { at: new Date().toISOString(), message: error instanceof Error ? error.message : String(error) } })
      console.error(`Dựng lại trang công khai không thành công (${reason}); trang đang chạy giữ nguyên.`, error)
    } finally {
      rebuilding = undefined
      if (isRequestedAgain) {
        isRequestedAgain = false
        void rebuild('yêu cầu trong lúc đang dựng')
      }
    }
  })()
  return rebuilding
}
const scheduleNightly = () => setTimeout(() => void rebuild('hằng đêm').then(scheduleNightly), msUntilLocalMidnight() + 30_000)
scheduleNightly()
process.on('SIGHUP', () => void rebuild('theo yêu cầu'))
rebuildRequested = (reason) => void rebuild(reason)

console.log(`\nTrang công khai: http://${host}:${sitePort}${siteBase}`)
console.log(`Trang quản trị: ${base}/admin`)
console.log(`API công khai:  ${base}/api/drafts`)
if (!existsSync(path.join(dataDir, 'cms.db')) && isEmbedded) console.log('(Chưa thấy tệp cơ sở dữ liệu — kiểm tra DATA_DIR.)')

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: nextEnv, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} ${args[1]} exited with code ${code}`))))
  })
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetch(url).then((response) => response.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The CMS did not answer at ${url} within 60 seconds; see the log above.`)
}
