import type { CollectionSlug, DefaultServerCellComponentProps, ServerComponentProps } from 'payload'
import { contentKindKeys, contentKinds } from '../../shared/contentKinds'
import { formatAdminDateTime, publicationStatus, type PublicationFacts } from '../../shared/publicationStatus'
import { siteRoot } from '../../shared/siteAddress'
import { readPublicationFacts } from '../status/publicationFacts'

function StatusLine({ facts }: { facts: PublicationFacts }) {
  const status = publicationStatus(facts)
  return (
    <span data-publication-status={status} data-live-since={facts.liveSince ?? undefined}>
      <strong>{status}</strong>
      {facts.liveSince && <span style={{ display: 'block' }}>từ {formatAdminDateTime(facts.liveSince)}</span>}
    </span>
  )
}

/** The list's status column: what the public sees of each row, and since when. */
export async function PublicationStatusCell({ collectionSlug, payload, rowData }: DefaultServerCellComponentProps) {
  const latest = rowData as { id: string | number; _status?: string; reviewState?: string }
  return <StatusLine facts={await readPublicationFacts(payload, collectionSlug as CollectionSlug, latest)} />
}

/** At the top of the edit screen's sidebar: the same status, and the link to the public page once it is live. */
export async function PublicationStatusField({ collectionSlug, id, payload }: ServerComponentProps) {
  if (id === undefined) return null
  const collection = collectionSlug as CollectionSlug
  const latest = (await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })) as {
    id: string | number
    _status?: string
    reviewState?: string
  } | null
  if (!latest) return null
  const facts = await readPublicationFacts(payload, collection, latest)
  const kind = contentKindKeys.find((key) => contentKinds[key].collection === collectionSlug)
  return (
    <div className="field-type publication-status" style={{ marginBottom: 'var(--spacing-field)' }}>
      <p style={{ margin: '0 0 0.25rem' }}>
        Tình trạng: <StatusLine facts={facts} />
      </p>
      {kind && facts.slug ? (
        <a href={new URL(`${contentKinds[kind].segment}/${facts.slug}/`, siteRoot).href} target="_blank" rel="noopener">
          Xem trên trang công khai ↗
        </a>
      ) : (
        !facts.liveSince && <p style={{ margin: 0 }}>Chưa hiển thị trên trang công khai.</p>
      )}
    </div>
  )
}
