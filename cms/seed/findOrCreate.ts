import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

type Upload = { data: Buffer; mimetype: string; name: string; size: number }

/**
 * Returns the ID of the document matching `where`, creating it from `data` only when there is none,
 * so seeding twice changes nothing and never overwrites what editors have since changed.
 */
export async function findOrCreate<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: () => Promise<RequiredDataFromCollectionSlug<S>> | RequiredDataFromCollectionSlug<S>,
  file?: () => Promise<Upload>,
): Promise<{ id: string; created: boolean }> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
  const existing = found.docs[0]
  if (existing) return { id: String(existing.id), created: false }
  const created = await payload.create({ collection, data: await data(), file: file ? await file() : undefined, depth: 0 })
  return { id: String(created.id), created: true }
}
