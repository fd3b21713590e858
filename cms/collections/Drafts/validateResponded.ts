import type { CheckboxFieldValidation } from 'payload'

/** A draft is marked "đã tiếp thu, giải trình" only once its consultation response is published. */
export const validateResponded: CheckboxFieldValidation = async (value, { req, id }) => {
  if (!value) return true
  const published = id
    ? await req.payload.count({
        collection: 'consultation-responses',
        where: { and: [{ draft: { equals: id } }, { _status: { equals: 'published' } }] },
        overrideAccess: true,
        req,
      })
    : { totalDocs: 0 }
  return published.totalDocs > 0
    ? true
    : 'Chưa thể đánh dấu "Đã tiếp thu, giải trình": hãy xuất bản bản tổng hợp, giải trình, tiếp thu ý kiến của dự thảo này trước.'
}
