import type { CollectionConfig } from 'payload'
import { auditActions } from '../../shared/reviewStates'
import { editorsOfSameAgency } from '../access/agencyScoped'

const nobody = () => false

/**
 * Who published, unpublished, deleted, submitted, approved or sent back what, and when. Written only by the CMS's
 * own hooks; nobody, admins included, can create, change or delete an entry through the admin or the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Nhật ký xuất bản', plural: 'Nhật ký xuất bản' },
  admin: { useAsTitle: 'title', defaultColumns: ['createdAt', 'action', 'title', 'userEmail'], group: 'Hệ thống' },
  defaultSort: '-createdAt',
  access: { read: editorsOfSameAgency('agency'), create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      label: 'Thao tác',
      type: 'select',
      required: true,
      index: true,
      options: Object.entries(auditActions).map(([value, label]) => ({ value, label })),
    },
    { name: 'collectionSlug', label: 'Loại nội dung', type: 'text', required: true, index: true },
    { name: 'documentId', label: 'Mã nội dung', type: 'text', required: true, index: true },
    { name: 'title', label: 'Nội dung', type: 'text' },
    { name: 'locale', label: 'Ngôn ngữ', type: 'text' },
    { name: 'agency', label: 'Cơ quan', type: 'relationship', relationTo: 'agencies', index: true },
    { name: 'user', label: 'Người thực hiện', type: 'relationship', relationTo: 'users' },
    // Kept as text too, so the trail still says who it was after an account is deleted.
    { name: 'userEmail', label: 'Thư điện tử người thực hiện', type: 'text' },
    { name: 'note', label: 'Ghi chú', type: 'textarea' },
    // The scheduled job that made this change (xuất bản theo lịch): a job already recorded here is never run again.
    { name: 'job', label: 'Lệnh theo lịch', type: 'text', index: true },
  ],
}
