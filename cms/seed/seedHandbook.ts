import type { Payload } from 'payload'
import { findOrCreate } from './findOrCreate'
import { markdownWithImages } from './markdownWithImages'
import { readMarkdownFolder } from './readContent'

type ChapterSeed = { order: number; title: string; summary?: string; edition?: string }

/** The handbook on policy communication, one Markdown file per chapter; other-language editions in `<file>.<locale>.md`. */
export async function seedHandbook(payload: Payload) {
  const files = await readMarkdownFolder<ChapterSeed>('handbook')
  for (const { name, data, body } of files.filter((file) => !/\.\w+\.md$/.test(file.name))) {
    const slug = name.replace(/^\d+-/, '').replace(/\.md$/, '')
    const { id, created } = await findOrCreate(payload, 'handbook-chapters', { slug: { equals: slug } }, async () => ({
      edition: data.edition ?? '2023–2026',
      order: data.order,
      title: data.title,
      slug,
      summary: data.summary?.trim(),
      body: await markdownWithImages(payload, body),
      _status: 'published',
    }))
    if (!created) continue
    const base = name.replace(/\.md$/, '')
    for (const edition of files.filter((file) => file.name.startsWith(`${base}.`))) {
      const locale = edition.name.slice(base.length + 1, -'.md'.length) as 'vi'
      await payload.update({
        collection: 'handbook-chapters',
        id,
        locale,
        data: { title: edition.data.title, summary: edition.data.summary?.trim(), body: await markdownWithImages(payload, edition.body), _status: 'published' },
      })
    }
  }
}
