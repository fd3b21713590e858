import type { CheckboxField } from 'payload'
import { defaultLocale } from '../../shared/locales'

/**
 * Takes one language's edition off the public site (a translation found wrong, a sample that will not be finished):
 * ticked in that language and published, the edition's pages are gone and their addresses lead to the Vietnamese page.
 * The Vietnamese edition is the document itself: to take it down, unpublish the document.
 */
export const editionWithdrawnField: CheckboxField = {
  name: 'editionWithdrawn',
  label: 'Rút ấn bản ngôn ngữ này khỏi trang công khai',
  type: 'checkbox',
  localized: true,
  admin: {
    position: 'sidebar',
    description: 'Chỉ dùng cho ấn bản tiếng dân tộc thiểu số hoặc tiếng nước ngoài. Sau khi xuất bản, địa chỉ của ấn bản này dẫn về trang tiếng Việt.',
  },
  validate: (value, { req }) =>
    value === true && (req.locale ?? defaultLocale) === defaultLocale ? 'Không rút được ấn bản tiếng Việt: hãy gỡ xuất bản cả tài liệu.' : true,
}
