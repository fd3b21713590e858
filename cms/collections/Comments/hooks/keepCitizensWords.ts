import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { relationId } from '../../../../shared/relationId'

/** What the citizen sent (and what the endpoint derived from it): nobody changes these after submission. */
export const citizenFields = [
  'draft',
  'agency',
  'versionLabel',
  'article',
  'text',
  'mayPublish',
  'mayContact',
  'name',
  'locality',
  'contact',
  'consentAt',
  'sentInSurge',
  'fingerprint',
] as const

const comparable = (value: unknown) => {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  return typeof value === 'object' ? (relationId(value) ?? JSON.stringify(value)) : String(value)
}

/**
 * Refuses, with 403, any update that would change a citizen's words, name, contact or consent: only the moderation
 * state and note may change. Field-level access drops such values silently as well; this makes the refusal visible.
 * The admin's edit screen sends the stored values back unchanged, which passes.
 */
export const keepCitizensWords: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const { id, data = {} } = args as { id?: string | number; data?: Record<string, unknown> }
  const touched = citizenFields.filter((field) => field in data)
  if (touched.length === 0) return args
  const refuse = (): never => {
    throw new APIError(
      'Không ai được sửa nội dung, thông tin người góp ý hay sự đồng ý của họ; chỉ thay đổi được trạng thái xử lý và ghi chú.',
      403,
      undefined,
      true,
    )
  }
  if (id === undefined) return refuse()
  const stored = (await req.payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, req })) as unknown as Record<string, unknown>
  if (touched.some((field) => comparable(data[field]) !== comparable(stored[field]))) refuse()
  return args
}
