import { LRUCache } from 'lru-cache'
import type { PayloadRequest } from 'payload'
import { publish, subscribe } from '../sharedState/redis'
import { relationId } from '../../shared/relationId'

export type DraftFacts = {
  id: string
  slug: string
  opensAt: string
  closesAt: string
  isIssued: boolean
  agency: string
  versionLabel?: string
  articleNumbers: number[]
}

// Comments arrive in bursts on one draft: its facts are read once every few seconds, not once per comment.
// Saving a draft forgets its entry at once in this process and, through Redis (REDIS_URL), in every other instance;
// should that message be lost, the others see the change within the TTL.
const cache = new LRUCache<string, DraftFacts>({ max: 1000, ttl: 10_000 })
const savedDrafts = 'ttcs:draft-saved'
let listening = false

/** What the comment endpoint needs to know about a published draft, or undefined when there is no such draft. */
export async function publishedDraftFacts(req: PayloadRequest, id: string): Promise<DraftFacts | undefined> {
  if (!listening) {
    listening = true
    subscribe(savedDrafts, (savedId) => cache.delete(savedId))
  }
  const cached = cache.get(id)
  if (cached) return cached
  const found = await req.payload
    .find({
      collection: 'drafts',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      select: { slug: true, opensAt: true, closesAt: true, numberAndSymbol: true, articles: { number: true }, draftingAgency: true, versionLabel: true },
      locale: 'vi',
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .catch(() => ({ docs: [] }))
  const draft = found.docs[0]
  if (!draft) return undefined
  const facts: DraftFacts = {
    id: draft.id,
    slug: draft.slug,
    opensAt: draft.opensAt,
    closesAt: draft.closesAt,
    isIssued: Boolean(draft.numberAndSymbol),
    agency: relationId(draft.draftingAgency)!,
    versionLabel: draft.versionLabel ?? undefined,
    articleNumbers: (draft.articles ?? []).map((article) => article.number),
  }
  cache.set(id, facts)
  return facts
}

/** Forgets what was read about a draft (after it is saved, published or unpublished). */
export function forgetDraftFacts(id: string) {
  cache.delete(id)
  publish(savedDrafts, id)
}
