import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { dataDir } from '../config/paths'
import { agencyUploads } from './agencyUploads'
import { agencyOfUpload } from '../fields/agencyOfUpload'
import { checkUploadedFile } from '../hooks/checkUploadedFile'

/**
 * Dossier documents (dự thảo, tờ trình, báo cáo…) and audio editions, checked by their content, not their name.
 * Never public here: a file reaches citizens only when a published document uses it, through the snapshot.
 */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: 'Tệp tài liệu', plural: 'Tệp tài liệu' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'agency', 'updatedAt'], group: 'Tệp' },
  ...agencyUploads(checkUploadedFile),
  upload: { staticDir: path.join(dataDir, 'files') },
  fields: [{ name: 'title', label: 'Tên tài liệu', type: 'text', required: true }, agencyOfUpload],
}
