import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { editorsOfSameAgency, keepAgencyEditorsInTheirLane } from '../access/agencyScoped'
import { contentKinds } from '../../shared/contentKinds'

/** The public directory of spokespersons (Nghị định 09/2017/NĐ-CP): official contacts only, no private data. */
export const Spokespersons: CollectionConfig = {
  slug: contentKinds.spokespersons.collection,
  labels: contentKinds.spokespersons.label,
  admin: { useAsTitle: 'fullName', defaultColumns: ['fullName', 'position', 'agency'], group: 'Mạng lưới phát ngôn' },
  access: { read: anyone, create: editors, update: editorsOfSameAgency('agency'), delete: editorsOfSameAgency('agency') },
  hooks: { beforeChange: [keepAgencyEditorsInTheirLane('agency')] },
  fields: [
    { name: 'agency', label: 'Cơ quan, đơn vị', type: 'relationship', relationTo: 'agencies', required: true },
    { name: 'fullName', label: 'Họ và tên', type: 'text', required: true },
    { name: 'position', label: 'Chức vụ', type: 'text', required: true },
    { name: 'phone', label: 'Điện thoại công vụ', type: 'text' },
    { name: 'email', label: 'Thư điện tử công vụ', type: 'email' },
    { name: 'appointingDecision', label: 'Quyết định giao nhiệm vụ', type: 'text' },
    { name: 'since', label: 'Từ ngày', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    { name: 'until', label: 'Đến ngày', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    {
      name: 'isDemo',
      label: 'Dữ liệu mẫu (không phải người thật)',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
  ],
}
