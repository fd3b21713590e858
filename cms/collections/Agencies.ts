import type { CollectionConfig } from 'payload'
import { admins } from '../access/admins'
import { anyone } from '../access/anyone'
import { agencyKinds } from '../../shared/agencyKinds'
import { contentKinds } from '../../shared/contentKinds'

/** The organisation (province, departments, communes…) is data, so any province can load its own. */
export const Agencies: CollectionConfig = {
  slug: contentKinds.agencies.collection,
  labels: contentKinds.agencies.label,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'parent', 'ceasedOn'], group: 'Danh mục' },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', label: 'Tên cơ quan, đơn vị', type: 'text', required: true, unique: true },
    { name: 'shortName', label: 'Tên viết tắt', type: 'text' },
    { name: 'kind', label: 'Loại', type: 'select', required: true, options: agencyKinds },
    { name: 'parent', label: 'Cơ quan cấp trên', type: 'relationship', relationTo: 'agencies' },
    { name: 'website', label: 'Trang thông tin điện tử', type: 'text' },
    {
      name: 'ceasedOn',
      label: 'Không còn tồn tại từ ngày',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        description: 'Với cơ quan đã giải thể, hợp nhất hoặc sắp xếp lại. Cơ quan cũ vẫn được giữ để văn bản nó đã ban hành hiển thị đúng cơ quan ban hành.',
      },
    },
    { name: 'successor', label: 'Cơ quan kế thừa', type: 'relationship', relationTo: 'agencies', admin: { condition: (data) => Boolean(data?.ceasedOn) } },
  ],
}
