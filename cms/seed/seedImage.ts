import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { findOrCreate } from './findOrCreate'
import { contentDir } from './readContent'

/** Renders an SVG illustration from content/images to PNG and stores it as media with its alt text (and its agency; none: shared by the province). */
export async function seedImage(payload: Payload, image: { file: string; alt: string }, agency?: string): Promise<string> {
  const { id } = await findOrCreate(
    payload,
    'media',
    { alt: { equals: image.alt } },
    () => ({ alt: image.alt, agency }),
    async () => {
      const png = await sharp(await readFile(path.join(contentDir, 'images', image.file)))
        .png()
        .toBuffer()
      return { data: png, mimetype: 'image/png', name: image.file.replace(/\.svg$/, '.png'), size: png.length }
    },
  )
  return id
}
