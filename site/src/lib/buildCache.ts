import { createHash } from 'node:crypto'
import { access, mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { settings } from '../../../shared/settings'

/** Where generated files (share images, handbook downloads) are kept between builds; a rebuild re-renders only what changed. */
const cacheDir = path.resolve(settings().BUILD_CACHE_DIR)

/**
 * The cache file of what is made from `inputs` by `make`, rendering it only when those inputs were never
 * rendered before. `isNew` says whether it was rendered now.
 */
export async function cachedFile(inputs: unknown, make: () => Promise<Buffer>): Promise<{ file: string; isNew: boolean }> {
  const file = path.join(cacheDir, `${createHash('sha256').update(JSON.stringify(inputs)).digest('hex')}.bin`)
  const exists = await access(file).then(
    () => true,
    () => false,
  )
  if (exists) return { file, isNew: false }
  const bytes = await make()
  await mkdir(cacheDir, { recursive: true })
  // Write then rename, so a build killed half-way never leaves a truncated file to be served later.
  const partial = `${file}.${process.pid}.tmp`
  await writeFile(partial, bytes)
  await rename(partial, file)
  return { file, isNew: true }
}
