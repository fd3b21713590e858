import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { distDir, distFiles, leakMarker } from '../helpers/dist'

describe('the built site', () => {
  it('contains no trace of unpublished documents or pending edits in any file: HTML, feeds, sitemap, JSON, downloads', () => {
    expect(distFiles.length).toBeGreaterThan(50)
    const leaking = distFiles.filter((file) => readFileSync(path.join(distDir, file), 'latin1').includes(leakMarker) || readFileSync(path.join(distDir, file), 'utf8').includes(leakMarker))
    expect(leaking).toEqual([])
  })

  it('still shows the published version of an explainer whose pending edit carries the marker', () => {
    const html = readFileSync(path.join(distDir, 'bai-giai-thich/bai-co-ban-sua-chua-duyet/index.html'), 'utf8')
    expect(html).toContain('Bản đã duyệt.')
  })
})
