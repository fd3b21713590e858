import type { CollectionSlug, Payload } from 'payload'
import type { LooseDocument } from './looseDocument'

/**
 * The addresses published documents had before: the slugs of their published versions other than the slug they have
 * now. Read past access control (versions are for signed-in editors), but only slugs of versions that were public.
 * Payload keeps 50 versions a document (cms/config/versions.ts); an older move needs a redirect by hand.
 */
export async function formerSlugs(payload: Payload, collection: CollectionSlug, docs: LooseDocument[]): Promise<Map<string, string[]>> {
  const current = new Map(docs.map((doc) => [String(doc.id), String(doc.slug)]))
  const found = new Map<string, string[]>()
  if (docs.length === 0) return found
  const { docs: versions } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { in: [...current.keys()] } }, { 'version._status': { equals: 'published' } }] },
    select: { parent: true, version: { slug: true } } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const version of versions as unknown as { parent: unknown; version?: { slug?: string } }[]) {
    const parent = String(typeof version.parent === 'object' && version.parent ? (version.parent as { id: unknown }).id : version.parent)
    const slug = version.version?.slug
    if (!slug || slug === current.get(parent)) continue
    const list = found.get(parent) ?? []
    if (!list.includes(slug)) found.set(parent, [...list, slug])
  }
  return found
}
