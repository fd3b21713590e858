import type { CollectionSlug, ServerProps } from 'payload'
import { mayReview } from '../access/roles'

/** On the dashboard of those who review: what waits for review in their scope, oldest first, with links to it. */
export async function ReviewQueuePanel({ payload, user }: ServerProps) {
  if (!user || !mayReview(user)) return null
  // Every collection with drafts goes through review (payload.config.ts adds the review fields to them).
  const reviewed = Object.values(payload.collections)
    .filter(({ config }) => config.versions?.drafts)
    .map(({ config }) => ({
      slug: config.slug as CollectionSlug,
      label: String(typeof config.labels.singular === 'string' ? config.labels.singular : config.slug),
    }))
  const waiting = (
    await Promise.all(
      reviewed.map(async ({ slug, label }) => {
        const { docs } = await payload.find({
          collection: slug,
          draft: true,
          where: { reviewState: { equals: 'submitted' } },
          sort: 'updatedAt',
          depth: 0,
          limit: 20,
          overrideAccess: false,
          user,
        })
        return (docs as unknown as { id: string; title?: string; updatedAt: string }[]).map((doc) => ({
          slug,
          label,
          id: String(doc.id),
          title: doc.title ?? String(doc.id),
          at: doc.updatedAt,
        }))
      }),
    )
  )
    .flat()
    .sort((a, b) => a.at.localeCompare(b.at))
  return (
    <section data-review-queue style={{ marginBottom: '1.5rem', padding: '0.75rem 1rem', border: '1px solid var(--theme-elevation-150)' }}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>Chờ duyệt</h2>
      {waiting.length === 0 ? (
        <p>Không có nội dung nào đang chờ duyệt.</p>
      ) : (
        <ul>
          {waiting.map((item) => (
            <li key={`${item.slug}-${item.id}`}>
              {item.label}: <a href={`/admin/collections/${item.slug}/${item.id}`}>{item.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
