import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { editors } from '../access/editors'
import { editorsOfSameAgency, keepAgencyEditorsInTheirLane, staffOfSameAgencyOrShared } from '../access/agencyScoped'
import { dataDir } from '../dataDir'
import { agencyOfUpload } from '../fields/agencyOfUpload'
import { checkUploadedImage } from '../hooks/checkUploadedFile'
import { keepPublishedUploads } from '../hooks/keepPublishedUploads'
import { recordUploadChange, recordUploadDelete } from '../hooks/recordInAuditLog'

/**
 * Images, resized by sharp; the 1200×630 `card` size is what Zalo and Facebook show when an item is shared.
 * Like files, never public here: the site gets the images that published documents use through the snapshot.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Ảnh', plural: 'Ảnh' },
  admin: { group: 'Tệp', defaultColumns: ['filename', 'alt', 'agency', 'updatedAt'] },
  access: { read: staffOfSameAgencyOrShared, create: editors, update: editorsOfSameAgency('agency'), delete: editorsOfSameAgency('agency') },
  hooks: {
    beforeOperation: [checkUploadedImage, keepPublishedUploads],
    beforeChange: [keepAgencyEditorsInTheirLane('agency')],
    afterChange: [recordUploadChange],
    afterDelete: [recordUploadDelete],
  },
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
