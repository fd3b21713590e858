import type { CollectionSlug, ServerProps, Where } from 'payload'
import { stringify } from 'qs-esm'
import { mayReview } from '../access/roles'

const day = 24 * 60 * 60 * 1000

/**
 * On every editor's dashboard: what asks for action in their scope, each count linking to the list that shows it.
 * Counted as the signed-in user may see (access control on), so an agency editor sees their agency's share.
 */
export async function ToDoPanel({ payload, user }: ServerProps) {
  if (!user) return null
  const now = new Date()
  const soon = new Date(now.getTime() + 7 * day)
  const published: Where = { _status: { equals: 'published' } }
  const items: { label: string; collection: CollectionSlug; where: Where; draft?: boolean }[] = [
    { label: 'Góp ý mới chờ phân loại', collection: 'comments', where: { state: { equals: 'new' } } },
    {
      label: 'Dự thảo hết hạn lấy ý kiến trong 7 ngày tới',
      collection: 'drafts',
      where: { and: [published, { closesAt: { greater_than_equal: now.toISOString() } }, { closesAt: { less_than: soon.toISOString() } }] },
    },
    {
      label: 'Dự thảo đã hết hạn lấy ý kiến, chưa công bố giải trình',
      collection: 'drafts',
      where: { and: [published, { closesAt: { less_than: now.toISOString() } }, { responded: { not_equals: true } }, { numberAndSymbol: { exists: false } }] },
    },
    { label: 'Người phát ngôn đã hết thời gian giao nhiệm vụ', collection: 'spokespersons', where: { until: { less_than: now.toISOString() } } },
  ]
  // What waits on this account in review: for reviewers what was submitted, for authors what came back to them.
  // Counted over the latest versions (draft: true), as the list it links to shows them.
  const reviewStep = mayReview(user) ? { state: 'submitted', words: 'chờ duyệt' } : { state: 'returned', words: 'bị trả lại, cần sửa' }
  for (const { config } of Object.values(payload.collections).filter(({ config }) => config.versions?.drafts)) {
    const plural = typeof config.labels.plural === 'string' ? config.labels.plural : config.slug
    items.push({
      label: `${plural} ${reviewStep.words}`,
      collection: config.slug as CollectionSlug,
      where: { reviewState: { equals: reviewStep.state } },
      draft: true,
    })
  }
  const counted = (
    await Promise.all(
      items.map(async (item) => ({
        ...item,
        count: item.draft
          ? (await payload.find({ collection: item.collection, where: item.where, draft: true, limit: 1, depth: 0, overrideAccess: false, user })).totalDocs
          : (await payload.count({ collection: item.collection, where: item.where, overrideAccess: false, user })).totalDocs,
      })),
    )
  ).filter((item) => !item.draft || item.count > 0)
  return (
    <section data-to-do style={{ marginBottom: '1.5rem', padding: '0.75rem 1rem', border: '1px solid var(--theme-elevation-150)' }}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>Việc cần làm</h2>
      <ul>
        {counted.map((item) => (
          <li key={item.label} data-count={item.count} data-draft={item.draft ? 'true' : undefined}>
            <a href={`/admin/collections/${item.collection}?${stringify({ where: item.where })}`}>
              {item.label}: <strong>{item.count}</strong>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
