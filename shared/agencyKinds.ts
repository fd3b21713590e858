/** The kinds of agency with their Vietnamese names (the admin's and the site's); lists show them in this order. */
export const agencyKinds = [
  { value: 'provincial-department', label: 'Sở, ban, ngành cấp tỉnh' },
  { value: 'peoples-committee', label: 'Ủy ban nhân dân' },
  { value: 'commune', label: 'Ủy ban nhân dân cấp xã' },
  { value: 'press', label: 'Cơ quan báo chí' },
  { value: 'party-body', label: 'Cơ quan của Đảng, đoàn thể' },
  { value: 'other', label: 'Khác' },
]
