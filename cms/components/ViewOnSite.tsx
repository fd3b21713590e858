import type { CollectionSlug, ServerComponentProps } from 'payload'
import { contentKindKeys, contentKinds } from '../../shared/contentKinds'
import { siteRoot } from '../../shared/siteAddress'

/**
 * Beside a document that has pages of its own: the link to its page on the public site, once a version of it is
 * published (with the published slug: that is the address the public has), or a line saying it is not public.
 */
export async function ViewOnSite({ collectionSlug, id, payload }: ServerComponentProps) {
  const kind = contentKindKeys.find((key) => contentKinds[key].collection === collectionSlug)
  if (!kind || id === undefined) return null
  const live = (await payload
    .findByID({ collection: collectionSlug as CollectionSlug, id, draft: false, depth: 0, overrideAccess: false, disableErrors: true })
    .catch(() => null)) as { slug?: string; _status?: string } | null
  const isLive = live?._status === 'published' && live.slug
  return (
    <div className="field-type view-on-site" style={{ marginBottom: 'var(--spacing-field)' }}>
      {isLive ? (
        <a href={new URL(`${contentKinds[kind].segment}/${live.slug}/`, siteRoot).href} target="_blank" rel="noopener">
          Xem trên trang công khai ↗
        </a>
      ) : (
        <p>Chưa hiển thị trên trang công khai.</p>
      )}
    </div>
  )
}
