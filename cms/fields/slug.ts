import { slugField as payloadSlugField } from 'payload'
import { toSlug } from '../../shared/toSlug'

/**
 * Payload's slug field with our own slugify: Payload's default drops Vietnamese letters
 * ("Chính sách đất đai" → "chnh-sch-t-ai"); ours folds them ("chinh-sach-dat-dai").
 */
type SlugFieldArgs = NonNullable<Parameters<typeof payloadSlugField>[0]>

export const slugField = (args: SlugFieldArgs = {}) =>
  payloadSlugField({
    ...args,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) : undefined),
  })
