import { type CollectionBeforeChangeHook, type Field, ValidationError } from 'payload'

type Required = { path: string; label: string }

/**
 * The fields a document must have filled in to be published: required, shown unconditionally, at the top level.
 * Not the slug: Payload makes it from the title after this check runs, so the title stands for it.
 */
function requiredFields(fields: Field[]): Required[] {
  return fields.flatMap((field): Required[] => {
    if (field.type === 'row' || field.type === 'collapsible') return requiredFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : requiredFields(tab.fields)))
    if (!('name' in field) || field.name === 'slug' || !('required' in field) || !field.required || field.admin?.condition) return []
    return [{ path: field.name, label: typeof field.label === 'string' ? field.label : field.name }]
  })
}

type RichTextNode = { text?: unknown; children?: RichTextNode[] }

const hasWords = (node: RichTextNode): boolean => (typeof node.text === 'string' && node.text.trim() !== '') || (node.children ?? []).some(hasWords)

/** Empty as an editor sees it: nothing, blank text, no item, or rich text without a word in it. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return !value.trim()
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && 'root' in value) return !hasWords((value as { root: RichTextNode }).root)
  return false
}

/**
 * Content goes to a reviewer complete: Payload checks required fields only when publishing, so "Gửi duyệt" on a
 * half-written draft would hand the reviewer something they cannot publish. Each missing field is named, as the
 * admin marks invalid fields, and nothing is saved.
 */
export const requireCompleteForReview: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  if (data.reviewState !== 'submitted' || originalDoc?.reviewState === 'submitted') return data
  const document = { ...originalDoc, ...data }
  const missing = requiredFields(collection.fields).filter(({ path }) => isEmpty(document[path]))
  if (missing.length === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: missing.map(({ path, label }) => ({ path, message: `Cần điền "${label}" trước khi gửi duyệt.` })),
    req,
  })
}
