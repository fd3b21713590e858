import type { APIRoute, GetStaticPaths } from 'astro'
import sharp from 'sharp'
import type { SnapshotImage } from '../../../../shared/snapshot'
import { loadSite } from '../../lib/content'
import { shareCard } from '../../lib/shareCard'
import { snapshotFile } from '../../lib/snapshotFile'
import { cardPath, heroPath, heroWidths } from '../../lib/heroWidths'

type Props = { image?: SnapshotImage; width?: number; card?: { title: string } }

// Hero images in three WebP widths and a 1200×630 share card for every item, made once per build with sharp.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  const name = (path: string) => path.replace(/^anh\//, '').replace(/\.\w+$/, '')
  const heroes = site.explainers.flatMap((explainer) =>
    explainer.heroImage ? heroWidths.map((width) => ({ params: { name: `${name(heroPath(explainer.heroImage!.id, width))}.webp` }, props: { image: explainer.heroImage, width } })) : [],
  )
  const cards = [
    ...site.explainers.map((explainer) => ({ params: { name: `${name(cardPath('bai', explainer.slug))}.png` }, props: { image: explainer.heroImage, card: { title: explainer.editions.vi.title } } })),
    ...site.drafts.map((draft) => ({ params: { name: `${name(cardPath('du-thao', draft.slug))}.png` }, props: { card: { title: draft.editions.vi.title } } })),
    ...site.chapters.map((chapter) => ({ params: { name: `${name(cardPath('so-tay', chapter.slug))}.png` }, props: { card: { title: chapter.editions.vi.title } } })),
  ]
  return [...heroes, ...cards]
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { image, width, card } = props as Props
  if (card) return new Response(new Uint8Array(await shareCard(card.title, image)), { headers: { 'content-type': 'image/png' } })
  const bytes = await sharp(await snapshotFile(image!.path)).resize({ width, withoutEnlargement: true }).webp({ quality: 72 }).toBuffer()
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'image/webp' } })
}
