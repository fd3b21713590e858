import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { dataDir } from '../config/paths'
import { agencyUploads } from './agencyUploads'
import { agencyOfUpload } from '../fields/agencyOfUpload'
import { checkUploadedImage } from '../hooks/checkUploadedFile'

/**
 * Images, resized by sharp; the 1200×630 `card` size is what Zalo and Facebook show when an item is shared.
 * Like files, never public here: the site gets the images that published documents use through the snapshot.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Ảnh', plural: 'Ảnh' },
  admin: { group: 'Tệp', defaultColumns: ['filename', 'alt', 'agency', 'updatedAt'] },
  ...agencyUploads(checkUploadedImage),
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
    agencyOfUpload,
  ],
}
