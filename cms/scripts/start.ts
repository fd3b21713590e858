// `npm start`: prepares the database (migrations, demo content, demo admin), builds what is missing,
// writes the published snapshot and serves the admin. Everything it needs is in the repository.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { adminBuildIsCurrent, recordAdminBuild } from '../adminBuild'
import { dataDir } from '../dataDir'
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

// The public site: built from the snapshot written above, served from dist/ beside the CMS.
const sitePort = Number(process.env.SITE_PORT ?? 4321)
await run(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', 'site', '--silent'])
const { serveSite } = await import('../../site/serve')
const { siteBase } = await import('../../site/src/lib/deployment')
await serveSite(path.resolve(process.env.SITE_OUT_DIR ?? 'dist'), sitePort, host)

console.log(`\nTrang công khai: http://${host}:${sitePort}${siteBase}`)
console.log(`Trang quản trị: ${base}/admin`)
console.log(`API công khai:  ${base}/api/drafts`)
if (!existsSync(path.join(dataDir, 'cms.db')) && isEmbedded) console.log('(Chưa thấy tệp cơ sở dữ liệu — kiểm tra DATA_DIR.)')

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: nextEnv, stdio: 'inherit' })
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
