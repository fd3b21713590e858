import type { Payload } from 'payload'
import { findOrCreate } from './findOrCreate'
import { markdownWithImages } from './markdownWithImages'
import { readMarkdownFolder } from './readContent'

type ChapterSeed = { order: number; title: string; summary?: string; edition?: string }

/** The handbook on policy communication, one Markdown file per chapter. */
export async function seedHandbook(payload: Payload) {
  for (const { name, data, body } of await readMarkdownFolder<ChapterSeed>('handbook')) {
    const slug = name.replace(/^\d+-/, '').replace(/\.md$/, '')
    await findOrCreate(payload, 'handbook-chapters', { slug: { equals: slug } }, async () => ({
      edition: data.edition ?? '2023–2026',
      order: data.order,
      title: data.title,
      slug,
      summary: data.summary?.trim(),
      body: await markdownWithImages(payload, body),
      _status: 'published',
    }))
  }
}
