import { slugField as payloadSlugField } from 'payload'
import { toSlug } from '../../shared/toSlug'

/**
 * Payload's slug field with our own slugify: Payload's default drops Vietnamese letters
 * ("Chính sách đất đai" → "chnh-sch-t-ai"); ours folds them ("chinh-sach-dat-dai"). Labelled in Vietnamese
 * ("Slug" means nothing to an editor).
 */
type SlugFieldArgs = NonNullable<Parameters<typeof payloadSlugField>[0]>

export const slugField = (args: SlugFieldArgs = {}) =>
  payloadSlugField({
    ...args,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) : undefined),
    overrides: (row) => {
      const slug = row.fields.find((field) => 'name' in field && field.name === (args.name ?? 'slug'))
      if (slug && 'name' in slug) {
        slug.label = 'Đường dẫn'
        slug.admin = {
          ...slug.admin,
          description: 'Phần cuối địa chỉ trang, tạo từ tiêu đề khi gõ (không dấu, nối bằng gạch ngang). Bấm "Mở khóa" để tự đặt.',
          components: { Field: { path: '/components/SlugFromTitle#SlugFromTitle', clientProps: { useAsSlug: args.useAsSlug ?? 'title' } } },
        }
      }
      return args.overrides ? args.overrides(row) : row
    },
  })
