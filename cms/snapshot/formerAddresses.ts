import type { CollectionSlug, Payload } from 'payload'
import type { LocaleCode } from '../../shared/locales'
import { editionLocales } from './localized'
import type { LooseDocument } from './looseDocument'

/** What a published document's earlier published versions had that it has no longer: slugs, and language editions. */
export type FormerAddresses = { slugs: string[]; editions: LocaleCode[] }

/**
 * The addresses published documents had before: the slugs of their published versions other than the slug they have
 * now, and the languages a published version had an edition in that the document has no longer (withdrawn). Read past
 * access control (versions are for signed-in editors), but only from versions that were public. Payload keeps 50
 * versions a document (cms/config/versions.ts); an older move needs a redirect by hand.
 */
export async function formerAddresses(payload: Payload, collection: CollectionSlug, docs: LooseDocument[]): Promise<Map<string, FormerAddresses>> {
  const current = new Map(docs.map((doc) => [String(doc.id), { slug: String(doc.slug), editions: editionLocales(doc.title, doc.editionWithdrawn) }]))
  const found = new Map<string, FormerAddresses>()
  if (docs.length === 0) return found
  const hasWithdrawableEditions = payload.collections[collection].config.fields.some((field) => 'name' in field && field.name === 'editionWithdrawn')
  const { docs: versions } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { in: [...current.keys()] } }, { 'version._status': { equals: 'published' } }] },
    select: { parent: true, version: { slug: true, title: true, ...(hasWithdrawableEditions ? { editionWithdrawn: true } : {}) } } as never,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const version of versions as unknown as { parent: unknown; version?: { slug?: string; title?: unknown; editionWithdrawn?: unknown } }[]) {
    const parent = String(typeof version.parent === 'object' && version.parent ? (version.parent as { id: unknown }).id : version.parent)
    const now = current.get(parent)
    if (!now) continue
    const former = found.get(parent) ?? { slugs: [], editions: [] }
    const slug = version.version?.slug
    if (slug && slug !== now.slug && !former.slugs.includes(slug)) former.slugs.push(slug)
    for (const locale of editionLocales(version.version?.title, version.version?.editionWithdrawn))
      if (!now.editions.includes(locale) && !former.editions.includes(locale)) former.editions.push(locale)
    if (former.slugs.length > 0 || former.editions.length > 0) found.set(parent, former)
  }
  return found
}
