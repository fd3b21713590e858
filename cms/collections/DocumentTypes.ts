import type { CollectionConfig } from 'payload'
import { admins } from '../access/admins'
import { anyone } from '../access/anyone'
import { contentKinds } from '../../shared/contentKinds'

/** Kinds of legal document; each carries its own minimum consultation period, as the 2025 law sets it per type. */
export const DocumentTypes: CollectionConfig = {
  slug: contentKinds.documentTypes.collection,
  labels: contentKinds.documentTypes.label,
  admin: { useAsTitle: 'name', group: 'Danh mục' },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', label: 'Tên loại văn bản', type: 'text', required: true, unique: true },
    {
      name: 'minimumConsultationDays',
      label: 'Thời hạn lấy ý kiến tối thiểu (ngày)',
      type: 'number',
      required: true,
      min: 1,
      admin: { description: 'Theo quy định hiện hành cho loại văn bản này; tính cả ngày bắt đầu và ngày kết thúc.' },
    },
    {
      name: 'legalBasis',
      label: 'Căn cứ của thời hạn',
      type: 'textarea',
      admin: { description: 'Văn bản, điều, khoản quy định thời hạn này, để người duyệt kiểm tra được.' },
    },
  ],
}
