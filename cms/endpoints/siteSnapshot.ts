import { createHash, timingSafeEqual } from 'node:crypto'
import type { Endpoint } from 'payload'
import path from 'node:path'
import { exportSnapshot, readSnapshot } from '../snapshot/exportSnapshot'
import { uploadBytes } from '../snapshot/uploadBytes'
import { settings } from '../../shared/settings'

const digest = (text: string) => createHash('sha256').update(text).digest()

/** The answer to a request that does not carry the publisher's token (REBUILD_WEBHOOK_TOKEN); undefined when it does. */
function refusePublisher(headers: Headers): Response | undefined {
  const token = settings().REBUILD_WEBHOOK_TOKEN
  if (!token) return Response.json({ error: 'Không có chức năng này.' }, { status: 404 })
  if (!timingSafeEqual(digest(headers.get('authorization') ?? ''), digest(`Bearer ${token}`)))
    return Response.json({ error: 'Không có quyền.' }, { status: 403 })
  return undefined
}

/**
 * `POST /api/site-snapshot` with `Authorization: Bearer <REBUILD_WEBHOOK_TOKEN>`: writes the published snapshot
 * from this running CMS, for the site rebuilder (a separate export process would spend seconds starting Payload).
 * The snapshot is read as an anonymous reader, as `npm run export` does. Without the token set, it does not exist.
 */
export const siteSnapshotEndpoint: Endpoint = {
  path: '/site-snapshot',
  method: 'post',
  handler: async (req) => {
    const refused = refusePublisher(req.headers)
    if (refused) return refused
    const snapshot = await exportSnapshot(req.payload)
    return Response.json({ counts: snapshot.manifest.counts })
  },
}

/**
 * `PUT /api/site-build-status` with the publisher's token: the publisher's report of the site's build state, kept in
 * the database so the dashboard of every CMS instance shows the same.
 */
export const siteBuildStatusEndpoint: Endpoint = {
  path: '/site-build-status',
  method: 'put',
  handler: async (req) => {
    const refused = refusePublisher(req.headers)
    if (refused) return refused
    const status: unknown = await req.json?.().catch(() => undefined)
    if (!status || typeof status !== 'object' || typeof (status as { isPending?: unknown }).isPending !== 'boolean')
      return Response.json({ error: 'Trạng thái dựng trang không hợp lệ.' }, { status: 400 })
    await req.payload.updateGlobal({ slug: 'site-build-status', data: { status }, overrideAccess: true, depth: 0 })
    return new Response(null, { status: 204 })
  },
}

/**
 * `GET /api/site-snapshot` with the publisher's token: the published snapshot as JSON, with the uploads it needs and
 * their sizes, for a publisher on another machine (`npm run publisher`), which fetches only the uploads it lacks.
 */
export const siteSnapshotReadEndpoint: Endpoint = {
  path: '/site-snapshot',
  method: 'get',
  handler: async (req) => {
    const refused = refusePublisher(req.headers)
    if (refused) return refused
    const { snapshot, uploads } = await readSnapshot(req.payload)
    return Response.json(
      { snapshot, uploads: uploads.map(({ collection, filename, bytes }) => ({ collection, filename, bytes })) },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}

/** `GET /api/site-snapshot/uploads/<files|media>/<filename>` with the publisher's token: one upload's bytes. */
export const siteSnapshotUploadEndpoint: Endpoint = {
  path: '/site-snapshot/uploads/:collection/:filename',
  method: 'get',
  handler: async (req) => {
    const refused = refusePublisher(req.headers)
    if (refused) return refused
    const { collection, filename } = (req.routeParams ?? {}) as { collection?: string; filename?: string }
    if ((collection !== 'files' && collection !== 'media') || !filename || path.basename(filename) !== filename || filename.startsWith('.'))
      return Response.json({ error: 'Không có tệp này.' }, { status: 404 })
    // Only an upload that a published document uses, read as the snapshot reads it.
    const upload = (await readSnapshot(req.payload)).uploads.find((each) => each.collection === collection && each.filename === filename)
    if (!upload) return Response.json({ error: 'Không có tệp này.' }, { status: 404 })
    return new Response(new Uint8Array(await uploadBytes(req.payload, upload)), { headers: { 'cache-control': 'no-store' } })
  },
}
