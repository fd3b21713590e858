import sharp from 'sharp'
import iconSvg from '../icons/favicon.svg?raw'

// One drawing (src/icons/favicon.svg), rendered at build time into what browsers and phones ask for.
export { iconSvg }

/** The icon as a square PNG of `size` pixels. */
export const iconPng = (size: number) =>
  sharp(Buffer.from(iconSvg), { density: 72 * (size / 64) })
    .resize(size, size)
    .png()
    .toBuffer()

/** favicon.ico for browsers that never read `<link rel="icon">`: an ICO file holding one 32×32 PNG (allowed since Windows Vista). */
export async function iconIco(): Promise<Buffer> {
  const png = await iconPng(32)
  const header = Buffer.alloc(22)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  header.writeUInt8(32, 6) // width
  header.writeUInt8(32, 7) // height
  header.writeUInt8(0, 8) // no palette
  header.writeUInt8(0, 9) // reserved
  header.writeUInt16LE(1, 10) // colour planes
  header.writeUInt16LE(32, 12) // bits per pixel
  header.writeUInt32LE(png.length, 14) // size of the image
  header.writeUInt32LE(22, 18) // where it starts
  return Buffer.concat([header, png])
}
