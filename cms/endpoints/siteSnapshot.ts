import { createHash, timingSafeEqual } from 'node:crypto'
import type { Endpoint } from 'payload'
import { exportSnapshot } from '../snapshot/exportSnapshot'
import { settings } from '../../shared/settings'

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * `POST /api/site-snapshot` with `Authorization: Bearer <REBUILD_WEBHOOK_TOKEN>`: writes the published snapshot
 * from this running CMS, for the site rebuilder (a separate export process would spend seconds starting Payload).
 * The snapshot is read as an anonymous reader, as `npm run export` does. Without the token set, it does not exist.
 */
export const siteSnapshotEndpoint: Endpoint = {
  path: '/site-snapshot',
  method: 'post',
  handler: async (req) => {
    const token = settings().REBUILD_WEBHOOK_TOKEN
    if (!token) return Response.json({ error: 'Không có chức năng này.' }, { status: 404 })
    if (!timingSafeEqual(digest(req.headers.get('authorization') ?? ''), digest(`Bearer ${token}`)))
      return Response.json({ error: 'Không có quyền.' }, { status: 403 })
    const snapshot = await exportSnapshot(req.payload)
    return Response.json({ counts: snapshot.manifest.counts })
  },
}
