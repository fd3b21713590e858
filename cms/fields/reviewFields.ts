import type { Field, FieldAccess } from 'payload'
import { reviewStates } from '../../shared/reviewStates'

// Editorial business, not the public's: anonymous readers of published content never see these.
const signedIn: FieldAccess = ({ req: { user } }) => Boolean(user)
const staffOnly = { read: signedIn }

/** The review state, the reviewer's note when sending content back, and who saved it last (shown in versions). */
export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    label: 'Duyệt nội dung',
    type: 'select',
    defaultValue: 'draft',
    options: Object.entries(reviewStates).map(([value, label]) => ({ value, label })),
    // Changed by the buttons beside "Lưu bản nháp" (cms/components/ReviewActions.tsx) and by publishing.
    admin: { position: 'sidebar', readOnly: true, description: 'Người soạn bấm "Gửi duyệt"; người duyệt bấm "Duyệt và xuất bản" hoặc "Trả lại".' },
    access: staffOnly,
  },
  {
    name: 'reviewNote',
    label: 'Ý kiến của người duyệt',
    type: 'textarea',
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data.reviewNote) },
    access: staffOnly,
  },
  // Set by followReviewFlow only: nobody can claim through REST that someone else saved a version.
  {
    name: 'updatedBy',
    label: 'Người lưu gần nhất',
    type: 'relationship',
    relationTo: 'users',
    admin: { position: 'sidebar', readOnly: true },
    access: { ...staffOnly, create: () => false, update: () => false },
  },
]
