import type { CollectionConfig } from 'payload'
import { consultationStatus, consultationStatuses } from '../../../shared/consultationStatus'
import { dossierKindLabels } from '../../../shared/dossierKinds'
import { editors } from '../../access/editors'
import { forgetDraftFacts } from '../../comments/openDraftFacts'
import { editorsOfSameAgency, editorsOfSameAgencyVersions, keepAgencyEditorsInTheirLane, publishedOrSameAgency } from '../../access/agencyScoped'
import { slugField } from '../../fields/slug'
import { alignConsultationDays } from './hooks/alignConsultationDays'
import { rememberPreviousVersion } from './hooks/rememberPreviousVersion'
import { validateClosesAt } from './validateClosesAt'
import { validateResponded } from './validateResponded'
import { contentKinds } from '../../../shared/contentKinds'
import { contentVersions } from '../../config/versions'
import { jsonValue } from '../../fields/jsonValue'
import { alertOnDraft } from '../../alerts/recordAlerts'

export const dossierKinds = Object.entries(dossierKindLabels).map(([value, label]) => ({ value, label }))

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/** Draft legal normative documents (dự thảo văn bản QPPL) put out for public comment. */
export const Drafts: CollectionConfig = {
  slug: contentKinds.drafts.collection,
  labels: contentKinds.drafts.label,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentType', 'draftingAgency', 'closesAt', '_status'],
    group: 'Nội dung',
  },
  access: {
    read: publishedOrSameAgency('draftingAgency'),
    readVersions: editorsOfSameAgencyVersions('draftingAgency'),
    create: editors,
    update: editorsOfSameAgency('draftingAgency'),
    delete: editorsOfSameAgency('draftingAgency'),
  },
  versions: contentVersions,
  hooks: {
    beforeChange: [keepAgencyEditorsInTheirLane('draftingAgency'), alignConsultationDays, rememberPreviousVersion],
    // The comment endpoint keeps a draft's dates for a few seconds; a save here takes effect at once.
    afterChange: [({ doc }) => (forgetDraftFacts(String(doc.id)), doc), alertOnDraft],
  },
  fields: [
    { name: 'title', label: 'Trích yếu', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'documentType', label: 'Loại văn bản', type: 'relationship', relationTo: 'document-types', required: true },
    { name: 'draftingAgency', label: 'Cơ quan chủ trì soạn thảo', type: 'relationship', relationTo: 'agencies', required: true },
    { name: 'versionLabel', label: 'Phiên bản dự thảo', type: 'text', defaultValue: 'Dự thảo lần 1', localized: true },
    { name: 'summary', label: 'Tóm tắt nội dung', type: 'textarea', required: true, localized: true },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', label: 'Bắt đầu lấy ý kiến', type: 'date', required: true, admin: dayOnly },
        { name: 'closesAt', label: 'Kết thúc lấy ý kiến', type: 'date', required: true, admin: dayOnly, validate: validateClosesAt },
      ],
    },
    {
      name: 'status',
      label: 'Giai đoạn lấy ý kiến',
      type: 'select',
      virtual: true,
      options: Object.entries(consultationStatuses).map(([value, label]) => ({ value, label })),
      admin: { readOnly: true, position: 'sidebar', description: 'Tự tính từ ngày lấy ý kiến và số ký hiệu khi ban hành.' },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            siblingData.opensAt && siblingData.closesAt
              ? consultationStatus({
                  opensAt: siblingData.opensAt,
                  closesAt: siblingData.closesAt,
                  isIssued: Boolean(siblingData.numberAndSymbol),
                  hasPublishedResponse: Boolean(siblingData.responded),
                })
              : undefined,
        ],
      },
    },
    {
      name: 'responded',
      label: 'Đã tiếp thu, giải trình',
      type: 'checkbox',
      defaultValue: false,
      validate: validateResponded,
      admin: { position: 'sidebar', description: 'Đánh dấu sau khi đã xuất bản bản tổng hợp, giải trình, tiếp thu ý kiến.' },
    },
    {
      name: 'preamble',
      label: 'Phần mở đầu',
      type: 'textarea',
      localized: true,
      admin: { description: 'Cơ quan ban hành, số, ký hiệu, tên loại văn bản và các căn cứ ("Căn cứ Luật …"), như trên văn bản.' },
    },
    {
      name: 'articles',
      label: 'Nội dung theo điều',
      type: 'array',
      labels: { singular: 'Điều', plural: 'Các điều' },
      fields: [
        { name: 'number', label: 'Điều số', type: 'number', required: true, min: 1 },
        { name: 'heading', label: 'Tên điều', type: 'text', required: true, localized: true },
        { name: 'body', label: 'Nội dung', type: 'textarea', required: true, localized: true },
        {
          name: 'changedInResponseTo',
          label: 'Sửa theo góp ý',
          type: 'relationship',
          relationTo: 'comments',
          hasMany: true,
          admin: { description: 'Các góp ý dẫn đến việc sửa điều này so với dự thảo lần trước.' },
          filterOptions: ({ id }) => (id ? { draft: { equals: id } } : false),
        },
      ],
    },
    {
      name: 'closing',
      label: 'Phần kết',
      type: 'textarea',
      localized: true,
      admin: { description: 'Điều khoản thông qua hoặc ký ban hành, nơi nhận.' },
    },
    {
      name: 'previousVersion',
      label: 'Dự thảo lần trước',
      type: 'group',
      admin: { readOnly: true, description: 'Tự lưu khi xuất bản dự thảo với tên phiên bản mới, để trang công khai so sánh từng điều.' },
      // Written only by rememberPreviousVersion: a REST client cannot fabricate the public comparison of versions.
      access: { create: () => false, update: () => false },
      fields: [
        { name: 'label', label: 'Phiên bản', type: 'text' },
        { name: 'articles', label: 'Các điều', type: 'json', admin: { components: { Field: jsonValue } } },
      ],
    },
    {
      name: 'dossier',
      label: 'Hồ sơ dự thảo',
      type: 'array',
      labels: { singular: 'Tài liệu', plural: 'Tài liệu' },
      fields: [
        { name: 'kind', label: 'Loại tài liệu', type: 'select', required: true, options: dossierKinds },
        { name: 'file', label: 'Tệp', type: 'upload', relationTo: 'files', required: true },
      ],
    },
    { name: 'relatedExplainers', label: 'Bài giải thích liên quan', type: 'relationship', relationTo: 'explainers', hasMany: true },
    { name: 'topics', label: 'Lĩnh vực', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'affectedGroups', label: 'Đối tượng, địa bàn chịu tác động', type: 'text', hasMany: true, localized: true },
    {
      type: 'collapsible',
      label: 'Khi đã ban hành',
      admin: { initCollapsed: true },
      fields: [
        { name: 'numberAndSymbol', label: 'Số, ký hiệu', type: 'text', admin: { description: 'Ví dụ: 15/2025/QĐ-UBND' } },
        { name: 'issuedAt', label: 'Ngày ban hành', type: 'date', admin: dayOnly },
      ],
    },
  ],
}
