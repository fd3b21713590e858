// `npm start`: prepares the database (migrations, demo content, demo admin), builds the admin when its sources
// changed, serves it, then builds and serves the public site and keeps it in step with what editors publish.
import path from 'node:path'
import { buildAdminWhenChanged, nextEnvironment, startCmsServer, waitFor } from './cmsServer'
import { isProduction } from '../config/environment'
import { dataDir } from '../config/paths'
import { providePayloadSecret } from '../config/secret'
import { settings } from '../../shared/settings'

// A wrong setting stops here, with what is wrong, before anything starts.
const given = (() => {
  try {
    return settings()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
})()
const isEmbedded = !given.DATABASE_URI
const { PORT: port, HOST: host, SITE_PORT: sitePort } = given
// The site and the CMS find each other: comment forms post to the CMS, which sends browsers back to the site.
process.env.SITE_URL ??= `http://${host}:${sitePort}`
process.env.CMS_PUBLIC_URL ??= `http://${host}:${port}`

await providePayloadSecret().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
process.env.DATA_DIR = dataDir

const { prepareDatabase } = await import('./prepareDatabase')
await prepareDatabase({ createDemoAdmin: isEmbedded && !isProduction, loadDemoContent: !isProduction })

// Publishing in the CMS asks for a rebuild through a webhook; by default it is this process, on loopback only.
const { listenForRebuildRequests, siteRebuilder } = await import('../../site/publish')
// Assigned once below; `let` so that a webhook call arriving before then finds no rebuilder instead of a TDZ error.
// eslint-disable-next-line prefer-const
let rebuilder: ReturnType<typeof siteRebuilder> | undefined
// With REBUILD_HOOK_LISTEN, at that address and with the token every CMS instance is given (`npm run serve:cms`).
const hookAddress = given.REBUILD_HOOK_LISTEN?.match(/^(.+):(\d+)$/)
if (hookAddress && !given.REBUILD_WEBHOOK_TOKEN) {
  console.error('REBUILD_HOOK_LISTEN needs REBUILD_WEBHOOK_TOKEN: the secret every CMS instance sends with its rebuild requests.')
  process.exit(1)
}
const hook = await listenForRebuildRequests(
  (reason, requestIds) => void rebuilder?.rebuild(reason, { requestIds }),
  hookAddress ? { host: hookAddress[1], port: Number(hookAddress[2]), token: given.REBUILD_WEBHOOK_TOKEN } : {},
  // Live previews wait for the first build (the rebuilder keeps its renderer).
  async (sitePath, item) => (rebuilder ? rebuilder.preview(sitePath, item) : { status: 503, html: 'trang công khai đang được dựng lần đầu' }),
)
process.env.REBUILD_WEBHOOK_URL ??= hook.url
process.env.REBUILD_WEBHOOK_TOKEN ??= hook.token
const statusFile = path.resolve(given.SITE_STATUS_FILE ?? path.join(dataDir, 'site-status.json'))
process.env.SITE_STATUS_FILE = statusFile
// The CMS writes the snapshot the site is built from; both must agree where it is.
process.env.SNAPSHOT_DIR = path.resolve(given.SNAPSHOT_DIR)

const nextEnv = nextEnvironment()
await buildAdminWhenChanged()
// The admin and the API behind our own HTTP front (cms/server/): client address, body limits, headers.
startCmsServer({ runsJobs: true })

const base = `http://${host}:${port}`
await waitFor(`${base}/api/drafts?limit=1`)

// The public site, from the snapshot prepareDatabase wrote, served from SITE_OUT_DIR (dist/) beside the CMS.
const { cmsConnection, serveSite } = await import('../../site/publish')
const cms = cmsConnection(base, settings().REBUILD_WEBHOOK_TOKEN!)
const { siteBase } = await import('../../site/src/lib/deployment')
const liveDir = path.resolve(given.SITE_OUT_DIR ?? 'dist')
rebuilder = siteRebuilder({
  liveDir,
  env: nextEnv,
  statusFile,
  reportStatus: cms.reportStatus,
  // The running CMS exports (it has Payload started already); seconds faster than `npm run export`.
  exportSnapshot: cms.writeSnapshotThere,
})
await rebuilder.publish('khởi động')
await serveSite(liveDir, sitePort, host)
// Nightly after midnight (Vietnam time), so statuses follow the date without JavaScript; `kill -HUP <pid>` now.
rebuilder.scheduleNightly()
process.on('SIGHUP', () => void rebuilder?.rebuild('theo yêu cầu', { isFull: true }))
// Nightly backups, when BACKUP_DIR says where (embedded database only; see README for PostgreSQL and MongoDB).
if (given.BACKUP_DIR && isEmbedded) {
  const { scheduleNightlyBackups } = await import('../backup/nightlyBackups')
  scheduleNightlyBackups(path.resolve(given.BACKUP_DIR), given.BACKUP_KEEP)
}

console.log(`\nTrang công khai: http://${host}:${sitePort}${siteBase}`)
console.log(`Trang quản trị: ${base}/admin`)
console.log(`API công khai:  ${base}/api/drafts`)
