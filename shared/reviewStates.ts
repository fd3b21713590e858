/** Where a piece of content is in editorial review; publishing itself is Payload's `_status`. */
export const reviewStates = {
  draft: 'Đang soạn',
  submitted: 'Chờ duyệt',
  returned: 'Trả lại để sửa',
  approved: 'Đã duyệt',
} as const

export type ReviewState = keyof typeof reviewStates

/** What the audit trail records. */
export const auditActions = {
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuất bản',
  delete: 'Xoá nội dung đã xuất bản',
  submit: 'Gửi duyệt',
  approve: 'Duyệt',
  return: 'Trả lại để sửa',
  moderate: 'Xử lý góp ý',
  upload: 'Tải tệp lên',
  'replace-upload': 'Sửa, thay tệp',
  'delete-upload': 'Xoá tệp',
} as const

export type AuditAction = keyof typeof auditActions
