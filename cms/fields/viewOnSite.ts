import type { UIField } from 'payload'

/** The link from a document to its public page, at the top of the sidebar (cms/components/ViewOnSite.tsx). */
export const viewOnSiteField: UIField = {
  name: 'viewOnSite',
  label: 'Trang công khai',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/ViewOnSite#ViewOnSite' } },
}
