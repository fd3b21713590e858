import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { slugField } from '../fields/slug'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Lĩnh vực', plural: 'Lĩnh vực' },
  admin: { useAsTitle: 'name', group: 'Danh mục' },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  fields: [
    { name: 'name', label: 'Tên lĩnh vực', type: 'text', required: true, localized: true },
    slugField({ useAsSlug: 'name' }),
  ],
}
