import { escape } from 'html-escaper'
import { createRequire } from 'node:module'
import sharp, { type OverlayOptions } from 'sharp'
import type { SnapshotImage } from '../../../shared/snapshot'
import { snapshotFile } from './snapshotFile'

const require = createRequire(import.meta.url)
// Be Vietnam Pro, from its package: every Vietnamese letter with stacked marks (ệ, ặ, ỗ), whatever fonts the machine has.
const bold = require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf')
const regular = require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf')

/** What a card shows when it has no picture: what the page is, its title, and a line of facts (agency, deadline). */
export type CardText = { label?: string; title: string; facts?: string }

const width = 1200
const height = 630
const margin = 80

/** Text set by Pango in one font, wrapped at the card's width, as a transparent PNG. */
const textImage = (markup: string, fontfile: string, font: string) =>
  sharp({ text: { text: markup, font, fontfile, width: width - 2 * margin, rgba: true, wrap: 'word', dpi: 72 } })
    .png()
    .toBuffer({ resolveWithObject: true })

/** At most `max` characters, cut at a word, with an ellipsis: a card holds about four lines of title. */
const shortened = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`)

/**
 * A 1200×630 PNG for Zalo and Facebook: the hero image cropped to fit when there is one, otherwise the page's title
 * and facts on the site's colours, so every shared link shows a proper card.
 */
export async function shareCard(card: CardText, image?: SnapshotImage): Promise<Buffer> {
  // Light PNG compression: cards are rendered by the thousand, and a 60 KB card shares as well as a 40 KB one.
  if (image)
    return sharp(await snapshotFile(image.path))
      .resize(width, height, { fit: 'cover' })
      .png({ compressionLevel: 2 })
      .toBuffer()
  const layers: OverlayOptions[] = []
  let top = 90
  if (card.label) {
    const label = await textImage(`<span foreground="#ffdd00">${escape(card.label.toLocaleUpperCase('vi'))}</span>`, bold, 'Be Vietnam Pro Bold 30')
    layers.push({ input: label.data, left: margin, top })
    top += label.info.height + 24
  }
  const title = await textImage(`<span foreground="#ffffff">${escape(shortened(card.title, 110))}</span>`, bold, 'Be Vietnam Pro Bold 58')
  layers.push({ input: title.data, left: margin, top })
  const footer = await textImage(
    `<span foreground="#ffffff">${escape(shortened(card.facts ?? 'Truyền thông chính sách', 80))}</span>`,
    regular,
    'Be Vietnam Pro 30',
  )
  layers.push({
    input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="90"><rect width="${width}" height="90" fill="#5e1111"/></svg>`),
    left: 0,
    top: height - 90,
  })
  layers.push({ input: footer.data, left: margin, top: height - 45 - Math.round(footer.info.height / 2) })
  return sharp({ create: { width, height, channels: 3, background: '#8b1a1a' } })
    .composite(layers)
    .png({ compressionLevel: 2 })
    .toBuffer()
}
