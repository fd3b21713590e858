import { copyFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { type SnapshotUpload, writeSnapshotFolder } from '../../cms/snapshot/snapshotFolder'
import type { Snapshot } from '../../shared/snapshot'
import type { SiteBuildStatus } from '../../shared/siteBuildStatus'

/**
 * What the publisher asks of a CMS instance, over HTTP with the shared token (REBUILD_WEBHOOK_TOKEN): any instance
 * answers, so the publisher can run beside one or on a machine of its own.
 */
export function cmsConnection(cmsUrl: string, token: string) {
  const base = cmsUrl.replace(/\/+$/, '')
  const authorization = `Bearer ${token}`
  const refusal = async (response: Response, what: string) => new Error(`The CMS could not ${what} (${response.status}): ${await response.text()}`)
  return {
    /** Has the CMS write the snapshot into the folder both share (npm start: same machine, fastest). */
    async writeSnapshotThere(): Promise<void> {
      const response = await fetch(`${base}/api/site-snapshot`, { method: 'POST', headers: { authorization } })
      if (!response.ok) throw await refusal(response, 'export the snapshot')
    },

    /** Fetches the snapshot into `target`, taking unchanged uploads (same name and size) from the snapshot already there. */
    async fetchSnapshot(target: string): Promise<void> {
      const response = await fetch(`${base}/api/site-snapshot`, { headers: { authorization } })
      if (!response.ok) throw await refusal(response, 'give the snapshot')
      const { snapshot, uploads } = (await response.json()) as { snapshot: Snapshot; uploads: SnapshotUpload[] }
      await writeSnapshotFolder(target, snapshot, uploads, async (upload, to) => {
        const previous = path.join(target, upload.collection, upload.filename)
        const kept = await stat(previous).then(
          (found) => found.size === upload.bytes,
          () => false,
        )
        if (kept) return copyFile(previous, to)
        const file = await fetch(`${base}/api/site-snapshot/uploads/${upload.collection}/${encodeURIComponent(upload.filename)}`, {
          headers: { authorization },
        })
        if (!file.ok) throw await refusal(file, `give the upload ${upload.collection}/${upload.filename}`)
        await writeFile(to, Buffer.from(await file.arrayBuffer()))
      })
    },

    /** Reports the site's build state, which the CMS keeps in its database for every instance's dashboard. */
    async reportStatus(status: SiteBuildStatus): Promise<void> {
      const response = await fetch(`${base}/api/site-build-status`, {
        method: 'PUT',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(status),
      })
      if (!response.ok) throw await refusal(response, 'take the build state')
    },
  }
}
