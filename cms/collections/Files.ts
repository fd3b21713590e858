import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { dataDir } from '../dataDir'
import { checkUploadedFile } from '../hooks/checkUploadedFile'

/** Dossier documents (dự thảo, tờ trình, báo cáo…) and audio editions, checked by their content, not their name. */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: 'Tệp tài liệu', plural: 'Tệp tài liệu' },
  admin: { useAsTitle: 'title', group: 'Tệp' },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: { beforeOperation: [checkUploadedFile] },
  upload: { staticDir: path.join(dataDir, 'files') },
  fields: [{ name: 'title', label: 'Tên tài liệu', type: 'text', required: true }],
}
