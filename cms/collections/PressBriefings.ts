import type { CollectionConfig } from 'payload'
import { editors } from '../access/editors'
import { editorsOfSameAgency, editorsOfSameAgencyVersions, keepAgencyEditorsInTheirLane, publishedOrSameAgency } from '../access/agencyScoped'
import { slugField } from '../fields/slug'
import { contentKinds } from '../../shared/contentKinds'
import { contentVersions } from '../config/versions'
import { alertOnBriefing } from '../alerts/recordAlerts'

export const briefingKinds = [
  { value: 'monthly', label: 'Giao ban báo chí định kỳ' },
  { value: 'press-conference', label: 'Họp báo' },
  { value: 'extraordinary', label: 'Họp báo đột xuất' },
]

/** Press conferences and monthly press briefings, with their materials (Kế hoạch 6684, nhiệm vụ 5.c). */
export const PressBriefings: CollectionConfig = {
  slug: contentKinds.pressBriefings.collection,
  labels: contentKinds.pressBriefings.label,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'heldAt', 'agency', '_status'], group: 'Mạng lưới phát ngôn' },
  defaultSort: '-heldAt',
  access: {
    read: publishedOrSameAgency('agency'),
    readVersions: editorsOfSameAgencyVersions('agency'),
    create: editors,
    update: editorsOfSameAgency('agency'),
    delete: editorsOfSameAgency('agency'),
  },
  versions: contentVersions,
  hooks: { beforeChange: [keepAgencyEditorsInTheirLane('agency')], afterChange: [alertOnBriefing] },
  fields: [
    { name: 'title', label: 'Tên buổi họp báo', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'kind', label: 'Hình thức', type: 'select', required: true, options: briefingKinds },
    {
      name: 'heldAt',
      label: 'Thời gian',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    { name: 'location', label: 'Địa điểm', type: 'text', localized: true },
    { name: 'agency', label: 'Cơ quan chủ trì', type: 'relationship', relationTo: 'agencies', required: true },
    { name: 'spokespersons', label: 'Người phát ngôn', type: 'relationship', relationTo: 'spokespersons', hasMany: true },
    { name: 'topics', label: 'Lĩnh vực', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'summary', label: 'Nội dung chính', type: 'textarea', required: true, localized: true },
    {
      name: 'materials',
      label: 'Tài liệu cung cấp cho báo chí',
      type: 'array',
      labels: { singular: 'Tài liệu', plural: 'Tài liệu' },
      fields: [{ name: 'file', label: 'Tệp', type: 'upload', relationTo: 'files', required: true }],
    },
  ],
}
