import type { CollectionSlug, Payload } from 'payload'

/**
 * Every published document of a collection, as an anonymous reader may see it: access control on
 * (`overrideAccess: false`, no user) and an explicit published filter, in all languages at once.
 */
export async function findPublished(payload: Payload, collection: CollectionSlug) {
  const hasDrafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const result = await payload.find({
    collection,
    overrideAccess: false,
    draft: false,
    locale: 'all',
    depth: 0,
    pagination: false,
    where: hasDrafts ? { _status: { equals: 'published' } } : undefined,
  })
  return result.docs as unknown as Record<string, any>[]
}
