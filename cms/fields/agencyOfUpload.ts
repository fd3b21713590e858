import type { Field } from 'payload'

/** The agency an upload belongs to (set to the uploader's own for agency editors); empty: shared across the province. */
export const agencyOfUpload: Field = {
  name: 'agency',
  label: 'Cơ quan, đơn vị',
  type: 'relationship',
  relationTo: 'agencies',
  index: true,
  admin: { position: 'sidebar', description: 'Để trống: tệp dùng chung của tỉnh (chỉ biên tập viên cấp tỉnh sửa được).' },
}
