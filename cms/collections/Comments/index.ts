import type { CollectionConfig } from 'payload'
import { commentLimits, commentStates } from '../../../shared/comments'
import { admins } from '../../access/admins'
import { editorsOfSameAgency } from '../../access/agencyScoped'
import { sitePreflightEndpoint } from '../../endpoints/siteForms'
import { submitCommentEndpoint } from '../../endpoints/submitComment'
import { keepCitizensWords } from './hooks/keepCitizensWords'
import { recordModeration } from './hooks/recordModeration'

// What the citizen wrote: shown, never edited, and never offered in the list's bulk edit.
const fromCitizen = { readOnly: true, disableBulkEdit: true }
// Written once by the comment endpoint; REST cannot change it afterwards (the admin's readOnly alone would not stop it).
const nobodyChanges = { update: () => false }

/**
 * Citizens' comments on drafts open for consultation. They arrive only through `POST /api/comments`; nobody reads
 * them anonymously, contact details never leave the CMS, and agency editors see only their agency's drafts' comments.
 * What the public sees is what a published consultation response quotes (text only, when the author allowed it).
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: 'Góp ý dự thảo', plural: 'Góp ý dự thảo' },
  admin: {
    useAsTitle: 'text',
    // The state next to the text, so a phone shows it without scrolling sideways; its buttons moderate in one click.
    defaultColumns: ['text', 'state', 'draft', 'article', 'createdAt'],
    listSearchableFields: ['text', 'name', 'locality'],
    group: 'Lấy ý kiến dự thảo',
    description: 'Bấm nút ở cột trạng thái để phân loại từng góp ý, hoặc chọn nhiều góp ý rồi bấm trạng thái phía trên bảng.',
    components: { beforeListTable: ['/components/CommentBulkModeration#CommentBulkModeration'] },
  },
  defaultSort: '-createdAt',
  access: { read: editorsOfSameAgency('agency'), create: () => false, update: editorsOfSameAgency('agency'), delete: admins },
  endpoints: [submitCommentEndpoint, sitePreflightEndpoint],
  hooks: { beforeOperation: [keepCitizensWords], afterChange: [recordModeration] },
  fields: [
    {
      name: 'state',
      label: 'Trạng thái xử lý',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: Object.entries(commentStates).map(([value, label]) => ({ value, label })),
      admin: { position: 'sidebar', components: { Cell: '/components/CommentStateCell#CommentStateCell' } },
    },
    { name: 'moderationNote', label: 'Ghi chú của người xử lý', type: 'textarea', admin: { position: 'sidebar' } },
    { name: 'draft', label: 'Dự thảo', type: 'relationship', relationTo: 'drafts', required: true, index: true, admin: fromCitizen, access: nobodyChanges },
    {
      name: 'agency',
      label: 'Cơ quan chủ trì soạn thảo',
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      index: true,
      admin: fromCitizen,
      access: nobodyChanges,
    },
    { name: 'versionLabel', label: 'Góp ý cho', type: 'text', admin: fromCitizen, access: nobodyChanges },
    { name: 'article', label: 'Điều', type: 'number', admin: { ...fromCitizen, description: 'Để trống: góp ý chung cho cả dự thảo.' }, access: nobodyChanges },
    { name: 'text', label: 'Nội dung góp ý', type: 'textarea', required: true, maxLength: commentLimits.text, admin: fromCitizen, access: nobodyChanges },
    { name: 'mayPublish', label: 'Đồng ý công khai nội dung góp ý', type: 'checkbox', defaultValue: false, admin: fromCitizen, access: nobodyChanges },
    {
      type: 'collapsible',
      label: 'Người góp ý (không công khai)',
      fields: [
        { name: 'name', label: 'Họ và tên', type: 'text', required: true, maxLength: commentLimits.name, admin: fromCitizen, access: nobodyChanges },
        {
          name: 'locality',
          label: 'Nơi ở, nơi công tác',
          type: 'text',
          required: true,
          maxLength: commentLimits.locality,
          admin: fromCitizen,
          access: nobodyChanges,
        },
        { name: 'contact', label: 'Thư điện tử hoặc điện thoại', type: 'text', maxLength: commentLimits.contact, admin: fromCitizen, access: nobodyChanges },
        {
          name: 'mayContact',
          label: 'Đồng ý nhận thư báo khi công bố kết quả tiếp thu, giải trình',
          type: 'checkbox',
          defaultValue: false,
          admin: fromCitizen,
          access: nobodyChanges,
        },
        {
          name: 'notifiedAt',
          label: 'Đã gửi thư báo kết quả lúc',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
          access: nobodyChanges,
        },
        {
          name: 'consentAt',
          label: 'Đồng ý xử lý dữ liệu cá nhân lúc',
          type: 'date',
          required: true,
          admin: { ...fromCitizen, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
          access: nobodyChanges,
        },
      ],
    },
    // Same text, draft and source: the endpoint refuses a second copy, and the unique index holds under races.
    { name: 'fingerprint', type: 'text', unique: true, index: true, admin: { hidden: true }, access: nobodyChanges },
    {
      name: 'sentInSurge',
      label: 'Gửi lúc dự thảo nhận quá nhiều góp ý',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { ...fromCitizen, position: 'sidebar', description: 'Vượt giới hạn góp ý theo dự thảo: vẫn được lưu, nên xem xét cả đợt.' },
      access: nobodyChanges,
    },
  ],
}
