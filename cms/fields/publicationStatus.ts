import type { UIField } from 'payload'

/**
 * What the public sees of a document (cms/components/PublicationStatus.tsx): a column in the list instead of
 * Payload's "Đã xuất bản / Bản nháp", and the top of the edit screen's sidebar with the link to the public page.
 */
export const publicationStatusField: UIField = {
  name: 'publicationStatus',
  label: 'Tình trạng',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/PublicationStatus#PublicationStatusField', Cell: '/components/PublicationStatus#PublicationStatusCell' },
  },
}
