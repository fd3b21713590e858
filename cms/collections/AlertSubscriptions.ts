import type { CollectionConfig } from 'payload'
import { alertFrequencies, alertKinds } from '../../shared/alerts'
import { admins } from '../access/admins'
import { alertSubscriptionEndpoints } from '../endpoints/alertSubscriptions'

const nobody = () => false

/**
 * Citizens who asked for e-mail alerts, without an account. They arrive only through `POST /api/alert-subscriptions`
 * (double opt-in: nothing is sent but the confirmation until its link is opened) and leave through the unsubscribe
 * link of every message, which deletes the record. The address is the only personal datum; only admins see it.
 */
export const AlertSubscriptions: CollectionConfig = {
  slug: 'alert-subscriptions',
  labels: { singular: 'Đăng ký nhận thông báo', plural: 'Đăng ký nhận thông báo' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'kinds', 'frequency', 'confirmedAt', 'createdAt'],
    group: 'Hệ thống',
    description: 'Người dân tự đăng ký trên trang công khai và tự hủy bằng liên kết trong mỗi thư; xóa một đăng ký là xóa địa chỉ khỏi hệ thống.',
  },
  defaultSort: '-createdAt',
  access: { read: admins, create: nobody, update: nobody, delete: admins },
  endpoints: alertSubscriptionEndpoints,
  fields: [
    { name: 'email', label: 'Thư điện tử', type: 'email', required: true, index: true },
    {
      name: 'kinds',
      label: 'Nhận thông báo về',
      type: 'select',
      hasMany: true,
      required: true,
      options: Object.entries(alertKinds).map(([value, label]) => ({ value, label })),
    },
    { name: 'topic', label: 'Chỉ lĩnh vực', type: 'relationship', relationTo: 'topics' },
    { name: 'agency', label: 'Chỉ cơ quan', type: 'relationship', relationTo: 'agencies' },
    { name: 'documentType', label: 'Chỉ loại văn bản (dự thảo)', type: 'relationship', relationTo: 'document-types' },
    {
      name: 'frequency',
      label: 'Cách gửi',
      type: 'select',
      required: true,
      defaultValue: 'immediate',
      index: true,
      options: Object.entries(alertFrequencies).map(([value, label]) => ({ value, label })),
    },
    { name: 'confirmedAt', label: 'Xác nhận lúc', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'consentAt', label: 'Đồng ý xử lý dữ liệu lúc', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'consentText', label: 'Nội dung đã đồng ý', type: 'textarea', required: true },
    { name: 'confirmationSentAt', label: 'Gửi thư xác nhận lúc', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // The ISO week ("2026-W49") of the last weekly digest sent: claimed before sending, so a week is never sent twice.
    { name: 'digestWeek', label: 'Tuần đã gửi thư tổng hợp', type: 'text' },
  ],
}
