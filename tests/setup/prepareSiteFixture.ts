// Builds the demo site the way production does, into a temporary folder, for the site's build and browser
// tests: fresh database → migrations → seed → documents that must stay private → snapshot export.
// Run with DATA_DIR, SNAPSHOT_DIR, PAYLOAD_SECRET and LEAK_MARKER set (see siteFixture.globalSetup.ts).
import { getPayloadClient } from '../../cms/scripts/getPayloadClient'
import { seed } from '../../cms/seed'
import { exportSnapshot } from '../../cms/snapshot/exportSnapshot'
import { plantUnpublishedDocuments } from '../helpers/unpublishedDocuments'

const payload = await getPayloadClient()
await payload.db.migrate()
await seed(payload)
await plantUnpublishedDocuments(payload, process.env.LEAK_MARKER as string)
await exportSnapshot(payload)
await payload.destroy()
