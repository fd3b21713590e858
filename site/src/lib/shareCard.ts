import sharp from 'sharp'
import type { SnapshotImage } from '../../../shared/snapshot'
import { snapshotFile } from './snapshotFile'

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Breaks a title into lines of about `width` characters for the card. */
function lines(title: string, width = 34, max = 4): string[] {
  const result: string[] = []
  for (const word of title.split(/\s+/)) {
    const last = result.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= width) result[result.length - 1] = `${last} ${word}`
    else result.push(word)
  }
  return result.length > max
    ? [
        ...result.slice(0, max - 1),
        `${result
          .slice(max - 1)
          .join(' ')
          .slice(0, width - 1)}…`,
      ]
    : result
}

/**
 * A 1200×630 PNG for Zalo and Facebook: the hero image cropped to fit when there is one,
 * otherwise the title on the site's colours, so every shared link shows a proper card.
 */
export async function shareCard(title: string, image?: SnapshotImage): Promise<Buffer> {
  // Light PNG compression: cards are rendered by the thousand, and a 60 KB card shares as well as a 40 KB one.
  if (image)
    return sharp(await snapshotFile(image.path))
      .resize(1200, 630, { fit: 'cover' })
      .png({ compressionLevel: 2 })
      .toBuffer()
  const text = lines(title)
    .map(
      (line, index) =>
        `<text x="80" y="${200 + index * 78}" font-size="60" font-weight="700" fill="#ffffff" font-family="Noto Sans, DejaVu Sans, sans-serif">${escapeXml(line)}</text>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#8b1a1a"/><rect y="560" width="1200" height="70" fill="#5e1111"/><text x="80" y="606" font-size="34" fill="#ffffff" font-family="Noto Sans, DejaVu Sans, sans-serif">Truyền thông chính sách</text>${text}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 2 }).toBuffer()
}
