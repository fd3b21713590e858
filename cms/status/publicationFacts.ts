import type { CollectionSlug, Payload } from 'payload'
import type { PublicationFacts } from '../../shared/publicationStatus'
import type { ReviewState } from '../../shared/reviewStates'

type Latest = { id: string | number; _status?: string | null; reviewState?: string | null }

/**
 * What the public is served of a document, read as the public reads it (anonymous, access control on): the live
 * version and since when (Payload writes the main document only when publishing), set against the latest version.
 */
export async function readPublicationFacts(payload: Payload, collection: CollectionSlug, latest: Latest): Promise<PublicationFacts & { slug?: string }> {
  const live = (await payload
    .findByID({
      collection,
      id: latest.id,
      draft: false,
      depth: 0,
      // Only what the status needs: a list asks this once per row.
      select: { _status: true, updatedAt: true, slug: true } as never,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)) as { _status?: string; updatedAt?: string; slug?: string } | null
  const isLive = live?._status === 'published'
  return {
    liveSince: isLive ? (live.updatedAt ?? null) : null,
    latestIsLive: isLive && latest._status === 'published',
    reviewState: (latest.reviewState ?? 'draft') as ReviewState,
    slug: isLive ? live.slug : undefined,
  }
}
