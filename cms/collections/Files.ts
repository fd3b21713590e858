import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { editors } from '../access/editors'
import { editorsOfSameAgency, keepAgencyEditorsInTheirLane, staffOfSameAgencyOrShared } from '../access/agencyScoped'
import { dataDir } from '../dataDir'
import { agencyOfUpload } from '../fields/agencyOfUpload'
import { checkUploadedFile } from '../hooks/checkUploadedFile'
import { keepPublishedUploads } from '../hooks/keepPublishedUploads'
import { recordUploadChange, recordUploadDelete } from '../hooks/recordInAuditLog'

/**
 * Dossier documents (dự thảo, tờ trình, báo cáo…) and audio editions, checked by their content, not their name.
 * Never public here: a file reaches citizens only when a published document uses it, through the snapshot.
 */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: 'Tệp tài liệu', plural: 'Tệp tài liệu' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'agency', 'updatedAt'], group: 'Tệp' },
  access: { read: staffOfSameAgencyOrShared, create: editors, update: editorsOfSameAgency('agency'), delete: editorsOfSameAgency('agency') },
  hooks: {
    beforeOperation: [checkUploadedFile, keepPublishedUploads],
    beforeChange: [keepAgencyEditorsInTheirLane('agency')],
    afterChange: [recordUploadChange],
    afterDelete: [recordUploadDelete],
  },
  upload: { staticDir: path.join(dataDir, 'files') },
  fields: [{ name: 'title', label: 'Tên tài liệu', type: 'text', required: true }, agencyOfUpload],
}
