import type { GlobalConfig } from 'payload'
import { signedIn } from '../access/signedIn'

/**
 * The public site's build state, as the publisher reports it (`PUT /api/site-build-status`): in the database, so the
 * dashboard of every CMS instance shows the same. Nobody edits it; staff read it.
 */
export const SiteBuildStatus: GlobalConfig = {
  slug: 'site-build-status',
  label: 'Trạng thái dựng trang công khai',
  admin: { hidden: true },
  access: { read: signedIn, update: () => false },
  fields: [{ name: 'status', type: 'json' }],
}
