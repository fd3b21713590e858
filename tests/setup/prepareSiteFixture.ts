// Builds the demo site the way production does, into a temporary folder, for the site's build and browser
// tests: fresh database → migrations → seed → documents that must stay private → snapshot export.
// Run with DATA_DIR, SNAPSHOT_DIR, PAYLOAD_SECRET and LEAK_MARKER set (see siteFixture.globalSetup.ts).
import { getPayloadClient } from '../../cms/scripts/getPayloadClient'
import { seed } from '../../cms/seed'
import { exportSnapshot } from '../../cms/snapshot/exportSnapshot'
import { handMadeRedirects, renamedExplainer } from '../helpers/renamedExplainer'
import { plantUnpublishedDocuments } from '../helpers/unpublishedDocuments'

const payload = await getPayloadClient()
await payload.db.migrate()
await seed(payload)
await plantUnpublishedDocuments(payload, process.env.LEAK_MARKER as string)
// An editor renames a published explainer and publishes it again (tests/site/redirects.build.test.ts).
const renamed = (await payload.find({ collection: 'explainers', where: { slug: { equals: renamedExplainer.from } }, limit: 1 })).docs[0]!
await payload.update({ collection: 'explainers', id: renamed.id, data: { slug: renamedExplainer.to, _status: 'published' } })
for (const redirect of Object.values(handMadeRedirects)) await payload.create({ collection: 'redirects', data: redirect })
await exportSnapshot(payload)
await payload.destroy()
