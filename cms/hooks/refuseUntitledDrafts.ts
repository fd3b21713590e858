import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

/**
 * A draft must have its title before it is saved. Payload checks required fields only when publishing, so an
 * empty "Lưu bản nháp" made an untitled record ("‹Không có Tiêu đề›") whose slug could then not be made.
 */
export const refuseUntitledDrafts: CollectionBeforeValidateHook = ({ collection, data, operation, req }) => {
  // An update that does not send the title (another language's fields, a status change) keeps the one it has.
  if (operation === 'update' && data?.title === undefined) return data
  const title: unknown = data?.title
  if (typeof title === 'string' ? title.trim() : title) return data
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'title', message: 'Cần nhập tiêu đề trước khi lưu.' }], req })
}
