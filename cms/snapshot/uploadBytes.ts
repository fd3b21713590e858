import { copyFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import type { SnapshotUpload } from './snapshotFolder'

/**
 * An upload's bytes, read through Payload wherever it keeps them: through the collection's file handlers when a
 * storage adapter (S3) set them, from the collection's folder on disk otherwise. Never through access control: only
 * uploads that published documents use get here.
 */
export async function uploadBytes(payload: Payload, upload: SnapshotUpload & { doc?: Record<string, unknown> }): Promise<Buffer> {
  const { upload: config } = payload.collections[upload.collection].config
  const handlers = typeof config === 'object' ? (config.handlers ?? []) : []
  if (handlers.length) {
    const req = await createLocalReq({}, payload)
    const doc = (upload.doc ?? { id: '' }) as { id: string }
    for (const handler of handlers) {
      const response = await handler(req, { doc, params: { collection: upload.collection, filename: upload.filename } })
      if (response instanceof Response) {
        if (!response.ok) throw new Error(`The upload ${upload.collection}/${upload.filename} could not be read (${response.status}).`)
        return Buffer.from(await response.arrayBuffer())
      }
    }
  }
  const staticDir = typeof config === 'object' && config.staticDir ? config.staticDir : upload.collection
  return readFile(path.resolve(staticDir, upload.filename))
}

/** Puts an upload at `to`: a plain file copy when it is on this disk, its bytes through the storage adapter otherwise. */
export async function copyUpload(payload: Payload, upload: SnapshotUpload & { doc?: Record<string, unknown> }, to: string): Promise<void> {
  const { upload: config } = payload.collections[upload.collection].config
  const onDisk = typeof config === 'object' && !config.handlers?.length && config.staticDir
  if (onDisk) return copyFile(path.resolve(onDisk, upload.filename), to)
  await writeFile(to, await uploadBytes(payload, upload))
}
