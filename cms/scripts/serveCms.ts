// `npm run serve:cms`: one more CMS instance (admin and API) on the same database, without a publisher of its own:
// a second server behind a load balancer. It asks the publisher that `npm start` runs to rebuild the site
// (REBUILD_WEBHOOK_URL, REBUILD_WEBHOOK_TOKEN; see REBUILD_HOOK_LISTEN), and runs scheduled jobs unless
// PAYLOAD_JOBS_AUTORUN=false (let one instance run them). The database must be migrated already (`npm start` or `npm run migrate`).
import { buildAdminWhenChanged, startCmsServer, waitFor } from './cmsServer'
import { providePayloadSecret } from '../config/secret'
import { settings } from '../../shared/settings'

const given = (() => {
  try {
    return settings()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
})()
await providePayloadSecret().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
await buildAdminWhenChanged()
startCmsServer({ runsJobs: true })
const base = `http://${given.HOST}:${given.PORT}`
await waitFor(`${base}/api/drafts?limit=1`)
console.log(`Trang quản trị: ${base}/admin`)
