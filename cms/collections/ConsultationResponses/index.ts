import type { CollectionConfig } from 'payload'
import { responseOutcomes } from '../../../shared/comments'
import { editors } from '../../access/editors'
import { editorsOfSameAgency, editorsOfSameAgencyVersions, keepAgencyEditorsInTheirLane, publishedOrSameAgency } from '../../access/agencyScoped'
import { relationId } from '../../../shared/relationId'
import { notifyCommenters } from './notifyCommenters'
import { summarizeComments } from './summarizeComments'
import { jsonValue } from '../../fields/jsonValue'
import { alertOnResponse } from '../../alerts/recordAlerts'

/**
 * The drafting body's summary, explanation and acceptance of comments (bản tổng hợp, giải trình, tiếp thu ý kiến),
 * one per draft, answered article by article. Published after the consultation closes, it is shown on the draft's
 * page with the counts and the comments their authors allowed to be published (Law 64/2025/QH15 Art. 6(4)).
 */
export const ConsultationResponses: CollectionConfig = {
  slug: 'consultation-responses',
  labels: { singular: 'Tổng hợp, giải trình, tiếp thu', plural: 'Tổng hợp, giải trình, tiếp thu' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'draft', '_status', 'updatedAt'], group: 'Lấy ý kiến dự thảo' },
  access: {
    read: publishedOrSameAgency('agency'),
    readVersions: editorsOfSameAgencyVersions('agency'),
    create: editors,
    update: editorsOfSameAgency('agency'),
    delete: editorsOfSameAgency('agency'),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  // The response takes the draft's agency first, so an agency editor cannot answer another agency's draft.
  hooks: { beforeChange: [summarizeComments, keepAgencyEditorsInTheirLane('agency')], afterChange: [notifyCommenters, alertOnResponse] },
  fields: [
    { name: 'title', label: 'Tên văn bản', type: 'text', required: true, defaultValue: 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý' },
    { name: 'draft', label: 'Dự thảo', type: 'relationship', relationTo: 'drafts', required: true, unique: true, index: true },
    {
      name: 'agency',
      label: 'Cơ quan chủ trì soạn thảo',
      type: 'relationship',
      relationTo: 'agencies',
      admin: { readOnly: true, description: 'Lấy theo dự thảo.' },
    },
    { name: 'intro', label: 'Tổng hợp chung', type: 'textarea', admin: { description: 'Cách thức lấy ý kiến, số lượng và nhận xét chung.' } },
    {
      name: 'items',
      label: 'Giải trình theo điều',
      type: 'array',
      labels: { singular: 'Nội dung giải trình', plural: 'Nội dung giải trình' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'article', label: 'Điều', type: 'number', min: 1, admin: { description: 'Để trống: góp ý chung.' } },
            {
              name: 'outcome',
              label: 'Kết quả',
              type: 'select',
              required: true,
              options: Object.entries(responseOutcomes).map(([value, label]) => ({ value, label })),
            },
          ],
        },
        { name: 'explanation', label: 'Giải trình, tiếp thu', type: 'textarea', required: true },
        {
          name: 'comments',
          label: 'Các góp ý được giải trình',
          type: 'relationship',
          relationTo: 'comments',
          hasMany: true,
          filterOptions: ({ data }) => (data?.draft ? { draft: { equals: relationId(data.draft) } } : true),
        },
      ],
    },
    // Worked out on every save from the comments, so the public page needs no access to the comments themselves.
    { name: 'counts', label: 'Số liệu góp ý', type: 'json', admin: { readOnly: true, components: { Field: jsonValue } } },
    {
      name: 'publicComments',
      label: 'Góp ý được công khai',
      type: 'json',
      admin: { readOnly: true, description: 'Chỉ nội dung của góp ý hợp lệ mà người góp ý đồng ý công khai.', components: { Field: jsonValue } },
    },
  ],
}
