import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { editors } from '../access/editors'
import { editorsOfSameAgency, keepAgencyEditorsInTheirLane, staffOfSameAgencyOrShared } from '../access/agencyScoped'
import { keepPublishedUploads } from '../hooks/keepPublishedUploads'
import { recordUploadChange, recordUploadDelete } from '../hooks/recordInAuditLog'

/**
 * The rules files and images share: never public in the CMS (the site gets what published documents use through the
 * snapshot), scoped to their agency like the documents that use them, kept as they are while published content uses
 * them, and audited. `checkUpload` judges the uploaded bytes before anything is stored.
 */
export function agencyUploads(checkUpload: CollectionBeforeOperationHook): Pick<CollectionConfig, 'access' | 'hooks'> {
  return {
    access: { read: staffOfSameAgencyOrShared, create: editors, update: editorsOfSameAgency('agency'), delete: editorsOfSameAgency('agency') },
    hooks: {
      beforeOperation: [checkUpload, keepPublishedUploads],
      beforeChange: [keepAgencyEditorsInTheirLane('agency')],
      afterChange: [recordUploadChange],
      afterDelete: [recordUploadDelete],
    },
  }
}
