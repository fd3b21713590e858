import type { CollectionConfig } from 'payload'
import { admins } from '../access/admins'
import { anyone } from '../access/anyone'
import { agencyKinds } from '../../shared/agencyKinds'
import { contentKinds } from '../../shared/contentKinds'

/** The organisation (province, departments, communes…) is data, so any province can load its own. */
export const Agencies: CollectionConfig = {
  slug: contentKinds.agencies.collection,
  labels: contentKinds.agencies.label,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'parent'], group: 'Danh mục' },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', label: 'Tên cơ quan, đơn vị', type: 'text', required: true, unique: true },
    { name: 'shortName', label: 'Tên viết tắt', type: 'text' },
    { name: 'kind', label: 'Loại', type: 'select', required: true, options: agencyKinds },
    { name: 'parent', label: 'Cơ quan cấp trên', type: 'relationship', relationTo: 'agencies' },
    { name: 'website', label: 'Trang thông tin điện tử', type: 'text' },
  ],
}
