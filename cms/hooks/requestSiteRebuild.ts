import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { settings } from '../../shared/settings'

// Bursts of saves (a bulk publish, an import) are coalesced into one request.
const debounceMs = settings().REBUILD_DEBOUNCE_MS
let timer: ReturnType<typeof setTimeout> | undefined
// The request IDs (X-Request-Id) of the saves in the burst, so the rebuild's log line names them.
let requestIds = new Set<string>()

/** Asks the site builder (REBUILD_WEBHOOK_URL) to rebuild, once the burst of changes has settled. */
function scheduleRebuild(req: PayloadRequest, reason: string) {
  const { REBUILD_WEBHOOK_URL: url, REBUILD_WEBHOOK_TOKEN } = settings()
  if (!url) return
  const requestId = req.headers?.get('x-request-id')
  if (requestId) requestIds.add(requestId)
  const { payload } = req
  clearTimeout(timer)
  timer = setTimeout(() => {
    const ids = [...requestIds]
    requestIds = new Set()
    fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${REBUILD_WEBHOOK_TOKEN ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason, requestIds: ids }),
    })
      .then((response) => {
        if (!response.ok) payload.logger.error(`The site rebuild was refused (${response.status}) by ${url}.`)
      })
      .catch((error: unknown) =>
        payload.logger.error({ err: error }, `The site rebuild could not be requested from ${url}; the public site stays as it was until the next rebuild.`),
      )
  }, debounceMs)
}

// On create, Payload passes an empty previousDoc: a document without an id was never public.
const isPublic = (doc: Record<string, unknown> | undefined) => Boolean(doc?.id) && (doc!._status === undefined || doc!._status === 'published')

/** After a save that changes what the public sees (publishing, unpublishing, editing reference data), rebuild the site. */
export const requestSiteRebuildAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  if (isPublic(doc) || isPublic(previousDoc)) scheduleRebuild(req, `${collection.slug} ${doc.id}`)
  return doc
}

/** After deleting a document that was public, rebuild the site. */
export const requestSiteRebuildAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (isPublic(doc)) scheduleRebuild(req, `${collection.slug} ${doc.id} deleted`)
  return doc
}
