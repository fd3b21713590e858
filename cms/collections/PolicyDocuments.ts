import type { CollectionConfig } from 'payload'
import { provinceEditors } from '../access/provinceEditors'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { signedIn } from '../access/signedIn'
import { slugField } from '../fields/slug'
import { contentKinds } from '../../shared/contentKinds'
import { contentVersions } from '../config/versions'

export const policyDocumentKinds = [
  { value: 'plan', label: 'Kế hoạch' },
  { value: 'directive', label: 'Chỉ thị' },
  { value: 'decision', label: 'Quyết định' },
  { value: 'resolution', label: 'Nghị quyết' },
  { value: 'other', label: 'Văn bản khác' },
]

/** Issued plans and directives (e.g. Kế hoạch 6684/KH-UBND) with their tasks, lead and coordinating agencies and timing. */
export const PolicyDocuments: CollectionConfig = {
  slug: contentKinds.policyDocuments.collection,
  labels: contentKinds.policyDocuments.label,
  admin: { useAsTitle: 'title', defaultColumns: ['numberAndSymbol', 'title', 'issuedAt', '_status'], group: 'Nội dung' },
  access: { read: publishedOrSignedIn, readVersions: signedIn, create: provinceEditors, update: provinceEditors, delete: provinceEditors },
  versions: contentVersions,
  fields: [
    { name: 'kind', label: 'Loại văn bản', type: 'select', required: true, options: policyDocumentKinds },
    { name: 'numberAndSymbol', label: 'Số, ký hiệu', type: 'text', required: true },
    { name: 'issuedAt', label: 'Ngày ban hành', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    { name: 'issuingAgency', label: 'Cơ quan ban hành', type: 'relationship', relationTo: 'agencies', required: true },
    { name: 'title', label: 'Trích yếu', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'body', label: 'Nội dung (mục đích, yêu cầu, tổ chức thực hiện)', type: 'richText', required: true, localized: true },
    {
      name: 'taskGroups',
      label: 'Nhóm nhiệm vụ',
      type: 'array',
      labels: { singular: 'Nhóm nhiệm vụ', plural: 'Nhóm nhiệm vụ' },
      admin: { description: 'Tiêu đề các mục có nhiều nhiệm vụ, đúng như trong văn bản (ví dụ mục "2" gồm các nhiệm vụ 2.a, 2.b).' },
      fields: [
        { name: 'code', label: 'Mục', type: 'text', required: true },
        { name: 'title', label: 'Tiêu đề', type: 'text', required: true, localized: true },
      ],
    },
    {
      name: 'tasks',
      label: 'Nhiệm vụ',
      type: 'array',
      labels: { singular: 'Nhiệm vụ', plural: 'Nhiệm vụ' },
      fields: [
        { name: 'code', label: 'Mục', type: 'text', admin: { description: 'Số thứ tự trong văn bản, ví dụ "2.a".' } },
        { name: 'title', label: 'Tên nhiệm vụ', type: 'text', required: true, localized: true },
        {
          name: 'titleIsEditorial',
          label: 'Tên do người biên tập đặt',
          type: 'checkbox',
          admin: { description: 'Khi văn bản không đặt tên cho nhiệm vụ này: trang công khai ghi rõ tên là của người biên tập, nội dung mới là lời văn bản.' },
        },
        { name: 'content', label: 'Nội dung nhiệm vụ', type: 'textarea', localized: true },
        { name: 'leadAgencies', label: 'Cơ quan chủ trì', type: 'relationship', relationTo: 'agencies', hasMany: true },
        {
          name: 'leadNote',
          label: 'Ghi chú chủ trì',
          type: 'text',
          localized: true,
          admin: { description: 'Khi chủ trì là một nhóm: "các sở, ban, ngành".' },
        },
        { name: 'coordinatingAgencies', label: 'Cơ quan phối hợp', type: 'relationship', relationTo: 'agencies', hasMany: true },
        { name: 'coordinationNote', label: 'Ghi chú phối hợp', type: 'text', localized: true },
        { name: 'timing', label: 'Thời gian thực hiện', type: 'text', required: true, localized: true },
      ],
    },
  ],
}
