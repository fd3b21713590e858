import type { CollectionConfig } from 'payload'
import { alertKinds } from '../../shared/alerts'
import { admins } from '../access/admins'

const nobody = () => false

/**
 * One alert per published event (a draft opened for comment, a consultation closing, a response, an explainer, a
 * briefing): created once under a unique key, so publishing again never alerts again, and sent to the matching
 * subscribers in claimed batches (cms/alerts/sendAlert.ts). The weekly digest collects the week's alerts.
 */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: { singular: 'Thông báo đã gửi', plural: 'Thông báo đã gửi' },
  admin: { useAsTitle: 'title', defaultColumns: ['createdAt', 'kind', 'title', 'sent', 'finishedAt'], group: 'Hệ thống' },
  defaultSort: '-createdAt',
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', label: 'Khóa', type: 'text', required: true, unique: true },
    {
      name: 'kind',
      label: 'Loại',
      type: 'select',
      required: true,
      index: true,
      options: Object.entries(alertKinds).map(([value, label]) => ({ value, label })),
    },
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
    { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
    { name: 'url', label: 'Địa chỉ trên trang công khai', type: 'text', required: true },
    { name: 'closesAt', label: 'Hạn góp ý', type: 'date' },
    { name: 'agency', label: 'Cơ quan', type: 'relationship', relationTo: 'agencies' },
    { name: 'topics', label: 'Lĩnh vực', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'documentType', label: 'Loại văn bản', type: 'relationship', relationTo: 'document-types' },
    // Sending state: batches claimed so far (compare-and-set), the last subscription reached, those to try again.
    { name: 'claimed', type: 'number', defaultValue: 0, admin: { hidden: true } },
    { name: 'cursor', type: 'text', admin: { hidden: true } },
    { name: 'retry', type: 'json', admin: { hidden: true } },
    { name: 'retryRounds', type: 'number', defaultValue: 0, admin: { hidden: true } },
    { name: 'sent', label: 'Số thư đã gửi', type: 'number', defaultValue: 0 },
    { name: 'finishedAt', label: 'Gửi xong lúc', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
