import type { CollectionSlug, Payload } from 'payload'
import type { LocaleCode } from '../../shared/locales'
import { editionLocales } from './localized'
import type { LooseDocument } from './looseDocument'

/** What a published document's earlier published versions had that it has no longer: slugs, and language editions. */
export type FormerAddresses = { slugs: string[]; editions: LocaleCode[] }

// What each running Payload has found, by collection and document, with the updatedAt of the document it was found for.
const foundBefore = new WeakMap<Payload, Map<CollectionSlug, Map<string, { updatedAt: string; former?: FormerAddresses }>>>()

/**
 * The addresses published documents had before: the slugs of their published versions other than the slug they have
 * now, and the languages a published version had an edition in that the document has no longer (withdrawn). Read past
 * access control (versions are for signed-in editors), but only from versions that were public. Payload keeps 50
 * versions a document (cms/config/versions.ts); an older move needs a redirect by hand.
 *
 * Reading the versions of 2,000 documents takes about ten seconds, so a running CMS reads only those of documents
 * saved since it last read them: a document gets a published version only by being published, which moves its updatedAt.
 */
export async function formerAddresses(payload: Payload, collection: CollectionSlug, docs: LooseDocument[]): Promise<Map<string, FormerAddresses>> {
  const known = foundBefore.get(payload) ?? new Map()
  foundBefore.set(payload, known)
  const cached: Map<string, { updatedAt: string; former?: FormerAddresses }> = known.get(collection) ?? new Map()
  const stale = docs.filter((doc) => cached.get(String(doc.id))?.updatedAt !== doc.updatedAt)
  const read = await readFormerAddresses(payload, collection, stale)
  const next = new Map<string, { updatedAt: string; former?: FormerAddresses }>()
  for (const doc of docs) {
    const id = String(doc.id)
    next.set(id, cached.get(id)?.updatedAt === doc.updatedAt ? cached.get(id)! : { updatedAt: doc.updatedAt, former: read.get(id) })
  }
  known.set(collection, next)
  const found = new Map<string, FormerAddresses>()
  for (const [id, { former }] of next) if (former) found.set(id, former)
  return found
}

async function readFormerAddresses(payload: Payload, collection: CollectionSlug, docs: LooseDocument[]): Promise<Map<string, FormerAddresses>> {
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
