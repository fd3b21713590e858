import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Full TrueType families with every Vietnamese glyph: Noto Serif for text, Be Vietnam Pro for headings.
 * (Noto Sans Bold from this package breaks dot-below letters such as "ụ" on copy/paste; a test checks the PDF text.)
 */
export const fontFiles = [
  '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
  '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
]

/** The font files' bytes, for Typst (which ignores WOFF) and the EPUB. */
export function loadFonts(): Promise<Buffer[]> {
  return Promise.all(fontFiles.map((file) => readFile(require.resolve(file))))
}
