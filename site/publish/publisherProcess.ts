// `npm run publisher`: the publisher as a process of its own, for deployments with several CMS instances. It takes
// rebuild requests from any instance (REBUILD_HOOK_LISTEN, with REBUILD_WEBHOOK_TOKEN), fetches the published
// snapshot over HTTP from CMS_URL (any instance, or the load balancer in front of them), builds and switches releases,
// serves the site on SITE_PORT (or leave that to nginx: SITE_OUT_DIR is the live folder), rebuilds nightly and on
// SIGHUP, and reports every build's state to the CMS, which shows it on every instance's dashboard.
import path from 'node:path'
import { settings } from '../../shared/settings'

const given = (() => {
  try {
    return settings()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
})()
const hookAddress = given.REBUILD_HOOK_LISTEN?.match(/^(.+):(\d+)$/)
const token = given.REBUILD_WEBHOOK_TOKEN
if (!hookAddress || !token) {
  console.error('npm run publisher needs REBUILD_HOOK_LISTEN (host:port where CMS instances reach it) and REBUILD_WEBHOOK_TOKEN (the secret they send).')
  process.exit(1)
}
const cmsUrl = given.CMS_URL ?? given.CMS_PUBLIC_URL
// The site's build reads the snapshot from there (an absolute path, whatever folder the build runs in).
const snapshotDir = path.resolve(given.SNAPSHOT_DIR)
process.env.SNAPSHOT_DIR = snapshotDir
const statusFile = path.resolve(given.SITE_STATUS_FILE ?? path.join(path.dirname(snapshotDir), 'site-status.json'))
const liveDir = path.resolve(given.SITE_OUT_DIR ?? 'dist')

const { cmsConnection, listenForRebuildRequests, serveSite, siteRebuilder } = await import('./index')
const { siteBase } = await import('../src/lib/deployment')
const cms = cmsConnection(cmsUrl, token)
const rebuilder = siteRebuilder({
  liveDir,
  env: { ...process.env, NODE_ENV: 'production' },
  statusFile,
  reportStatus: cms.reportStatus,
  exportSnapshot: () => cms.fetchSnapshot(snapshotDir),
})
await listenForRebuildRequests(
  (reason, requestIds) => void rebuilder.rebuild(reason, { requestIds }),
  { host: hookAddress[1], port: Number(hookAddress[2]), token },
  rebuilder.preview,
)
// The first release from what the CMS publishes now.
await cms.fetchSnapshot(snapshotDir)
await rebuilder.publish('khởi động')
await serveSite(liveDir, given.SITE_PORT, given.HOST)
rebuilder.scheduleNightly()
process.on('SIGHUP', () => void rebuilder.rebuild('theo yêu cầu', { isFull: true }))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0))
console.log(`Bộ xuất bản: nhận yêu cầu dựng lại tại http://${given.REBUILD_HOOK_LISTEN}/rebuild, lấy dữ liệu từ ${cmsUrl}`)
console.log(`Trang công khai: http://${given.HOST}:${given.SITE_PORT}${siteBase}`)
