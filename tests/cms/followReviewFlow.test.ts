import { describe, expect, it } from 'vitest'
import { followReviewFlow } from '../../cms/hooks/followReviewFlow'

type Data = Record<string, unknown>
const author = { id: 'u1', roles: ['agency-editor'], agency: 'a1' }
const reviewer = { id: 'u2', roles: ['reviewer'] }
// The hook as Payload calls it before a save, with only what it reads.
const save = (user: object | undefined, data: Data, originalDoc?: Data) => followReviewFlow({ data, originalDoc, req: { user } } as never) as Data

describe('followReviewFlow', () => {
  it('lets an author submit, and records who saved', () => {
    expect(save(author, { reviewState: 'submitted' }, { reviewState: 'draft' })).toMatchObject({ reviewState: 'submitted', updatedBy: 'u1' })
  })

  it('takes an author’s edit of approved or returned content back to draft', () => {
    expect(save(author, { title: 'Sửa' }, { reviewState: 'approved' })).toMatchObject({ reviewState: 'draft' })
    expect(save(author, { title: 'Sửa' }, { reviewState: 'returned' })).toMatchObject({ reviewState: 'draft' })
  })

  it('refuses an author who approves or sends back', () => {
    expect(() => save(author, { reviewState: 'approved' }, { reviewState: 'submitted' })).toThrow(/Chỉ người duyệt/)
    expect(() => save(author, { reviewState: 'returned' }, { reviewState: 'submitted' })).toThrow(/Chỉ người duyệt/)
  })

  it('makes a reviewer write a note when sending content back', () => {
    expect(() => save(reviewer, { reviewState: 'returned', reviewNote: ' ' }, { reviewState: 'submitted' })).toThrow(/ghi ý kiến/)
    expect(save(reviewer, { reviewState: 'returned', reviewNote: 'Bổ sung căn cứ.' }, { reviewState: 'submitted' })).toMatchObject({ reviewState: 'returned' })
  })

  it('approves whatever is published, by a reviewer or by the system (seed, schedule)', () => {
    expect(save(reviewer, { _status: 'published' }, { reviewState: 'submitted' })).toMatchObject({ reviewState: 'approved', updatedBy: 'u2' })
    expect(save(undefined, { _status: 'published', reviewState: 'draft' })).toMatchObject({ reviewState: 'approved' })
    expect(save(undefined, { _status: 'published' })).not.toHaveProperty('updatedBy')
  })
})
