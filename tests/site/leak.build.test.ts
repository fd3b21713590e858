import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { distDir, distFiles, leakMarker } from '../helpers/dist'

/** A file's text as UTF-8 and Latin-1, and decompressed when it is gzip (Pagefind's index files are). */
function readable(file: string): string[] {
  const bytes = readFileSync(file)
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b
  const plain = isGzip ? gunzipSync(bytes) : bytes
  return [plain.toString('utf8'), plain.toString('latin1')]
}

describe('the built site', () => {
  it('contains no trace of unpublished documents or pending edits in any file: HTML, feeds, sitemap, JSON, downloads', () => {
    expect(distFiles.length).toBeGreaterThan(50)
    const leaking = distFiles.filter((file) => readable(path.join(distDir, file)).some((text) => text.includes(leakMarker)))
    expect(leaking).toEqual([])
  })

  it('publishes no file an unpublished document uploaded, under any name', () => {
    expect(distFiles.filter((file) => file.toLowerCase().includes(leakMarker.toLowerCase()))).toEqual([])
  })

  it('indexes published text for search, and the leak check reads the compressed index', () => {
    const index = distFiles.filter((file) => file.startsWith('pagefind/fragment/'))
    expect(index.length).toBeGreaterThan(20)
    expect(index.some((file) => readable(path.join(distDir, file)).some((text) => text.includes('tổ công nghệ số')))).toBe(true)
  })

  it('still shows the published version of an explainer whose pending edit carries the marker', () => {
    const html = readFileSync(path.join(distDir, 'bai-giai-thich/bai-co-ban-sua-chua-duyet/index.html'), 'utf8')
    expect(html).toContain('Bản đã duyệt.')
  })
})
