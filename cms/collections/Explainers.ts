import type { CollectionConfig } from 'payload'
import { lifecycleStageLabels } from '../../shared/lifecycleStages'
import { editors } from '../access/editors'
import { editorsOfSameAgency, editorsOfSameAgencyVersions, keepAgencyEditorsInTheirLane, publishedOrSameAgency } from '../access/agencyScoped'
import { slugField } from '../fields/slug'
import { contentKinds } from '../../shared/contentKinds'
import { contentVersions } from '../config/versions'
import { editionWithdrawnField } from '../fields/editionWithdrawn'
import { alertOnExplainer } from '../alerts/recordAlerts'

export const lifecycleStages = Object.entries(lifecycleStageLabels).map(([value, label]) => ({ value, label }))

/** Plain-language explainers (bài truyền thông chính sách), with radio script and audio per language. */
export const Explainers: CollectionConfig = {
  slug: contentKinds.explainers.collection,
  labels: contentKinds.explainers.label,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'lifecycleStage', 'agency', '_status'], group: 'Nội dung' },
  access: {
    read: publishedOrSameAgency('agency'),
    readVersions: editorsOfSameAgencyVersions('agency'),
    create: editors,
    update: editorsOfSameAgency('agency'),
    delete: editorsOfSameAgency('agency'),
  },
  versions: contentVersions,
  hooks: { beforeChange: [keepAgencyEditorsInTheirLane('agency')], afterChange: [alertOnExplainer] },
  fields: [
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'lead', label: 'Sa-pô (tóm tắt)', type: 'textarea', required: true, localized: true },
    { name: 'body', label: 'Nội dung', type: 'richText', required: true, localized: true },
    { name: 'heroImage', label: 'Ảnh đại diện', type: 'upload', relationTo: 'media' },
    { name: 'lifecycleStage', label: 'Giai đoạn chính sách', type: 'select', required: true, options: lifecycleStages },
    { name: 'agency', label: 'Cơ quan thực hiện', type: 'relationship', relationTo: 'agencies', required: true },
    { name: 'relatedDrafts', label: 'Dự thảo liên quan', type: 'relationship', relationTo: 'drafts', hasMany: true },
    { name: 'topics', label: 'Lĩnh vực', type: 'relationship', relationTo: 'topics', hasMany: true },
    {
      name: 'radioScript',
      label: 'Kịch bản phát thanh, loa truyền thanh',
      type: 'textarea',
      localized: true,
      admin: { description: 'Văn bản thuần để phát thanh viên đọc trên đài và loa truyền thanh cơ sở.' },
    },
    { name: 'audio', label: 'Tệp âm thanh', type: 'upload', relationTo: 'files', localized: true },
    editionWithdrawnField,
    {
      name: 'translation',
      label: 'Thông tin bản dịch',
      type: 'group',
      admin: { description: 'Chỉ điền cho bản tiếng dân tộc thiểu số hoặc tiếng nước ngoài.' },
      fields: [
        { name: 'orthography', label: 'Bộ chữ sử dụng', type: 'text', localized: true },
        { name: 'translator', label: 'Người, đơn vị dịch', type: 'text', localized: true },
        { name: 'note', label: 'Ghi chú', type: 'textarea', localized: true },
        {
          name: 'sample',
          label: 'Bản mẫu, chưa phải bản dịch',
          type: 'checkbox',
          localized: true,
          admin: { description: 'Chữ của ấn bản này là tiếng Việt chờ dịch: trang ghi rõ là bản mẫu và không gắn ngôn ngữ dân tộc cho phần chữ.' },
        },
      ],
    },
  ],
}
