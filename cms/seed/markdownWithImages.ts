import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { markdownToRichText } from './markdownToRichText'
import { seedImage } from './seedImage'

type LexicalNode = { type: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }

// An image on a line of its own in seed Markdown: ![alt text](file in content/images).
const imageLine = /^!\[([^\]]+)\]\(([^)]+)\)[ \t]*$/gm
const token = (n: number) => `TTCSANH${n}`

/** Converts seed Markdown to rich text, storing each image as media and placing it as an upload node, as an editor would. */
export async function markdownWithImages(payload: Payload, markdown: string) {
  const images = [...markdown.matchAll(imageLine)].map(([, alt, file]) => ({ alt: alt!, file: file! }))
  const ids = await Promise.all(images.map((image) => seedImage(payload, image)))
  let n = 0
  const state = await markdownToRichText(
    payload.config,
    markdown.replace(imageLine, () => token(n++)),
  )
  const root = (state as unknown as { root: LexicalNode }).root
  root.children = root.children?.map((node) => {
    const text = node.type === 'paragraph' && node.children?.length === 1 ? node.children[0]!.text : undefined
    const index = text?.startsWith('TTCSANH') ? Number(text.slice(7)) : -1
    return index >= 0
      ? { type: 'upload', version: 3, format: '', id: randomUUID().replace(/-/g, '').slice(0, 24), fields: null, relationTo: 'media', value: ids[index] }
      : node
  })
  return state
}
