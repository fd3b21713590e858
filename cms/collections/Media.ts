import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { dataDir } from '../dataDir'

/** Images, resized by sharp; the 1200×630 `card` size is what Zalo and Facebook show when an item is shared. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Ảnh', plural: 'Ảnh' },
  admin: { group: 'Tệp' },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    imageSizes: [
      { name: 'small', width: 480 },
      { name: 'medium', width: 960 },
      { name: 'large', width: 1600, withoutEnlargement: true },
      { name: 'card', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'small',
  },
  fields: [
    {
      name: 'alt',
      label: 'Mô tả ảnh cho người không xem được ảnh',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Bắt buộc: mô tả nội dung ảnh bằng một câu ngắn.' },
    },
    { name: 'credit', label: 'Nguồn ảnh', type: 'text' },
  ],
}
