import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { provinceEditors } from '../access/provinceEditors'
import { slugField } from '../fields/slug'
import { contentKinds } from '../../shared/contentKinds'

export const Topics: CollectionConfig = {
  slug: contentKinds.topics.collection,
  labels: contentKinds.topics.label,
  admin: { useAsTitle: 'name', group: 'Danh mục' },
  access: { read: anyone, create: provinceEditors, update: provinceEditors, delete: provinceEditors },
  fields: [{ name: 'name', label: 'Tên lĩnh vực', type: 'text', required: true, localized: true }, slugField({ useAsSlug: 'name' })],
}
