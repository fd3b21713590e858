import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { linkTree } from '../../site/publish/linkTree'
import { isRebuiltWhole, mergeRelease } from '../../site/publish/mergeRelease'

let dir: string
const write = (root: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
}
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8')

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('merging a targeted rebuild into a copy of the live release', () => {
  const setUp = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ttcs-merge-'))
    const live = path.join(dir, 'live')
    const part = path.join(dir, 'part')
    const target = path.join(dir, 'target')
    write(live, {
      'index.html': 'trang chủ cũ',
      'bai-giai-thich/a/index.html': 'bài A cũ',
      'bai-giai-thich/b/index.html': 'bài B',
      'linh-vuc/dat-dai/index.html': 'đất đai',
      'linh-vuc/y-te/index.html': 'y tế',
      'pagefind/pagefind.js': 'chỉ mục đầy đủ',
      'pagefind-delta/replaced.json': '["cũ"]',
      'sitemap-0.xml': 'sơ đồ cũ',
    })
    const liveRoutes = {
      '/': ['index.html'],
      '/bai-giai-thich/[slug]': ['bai-giai-thich/a/index.html', 'bai-giai-thich/b/index.html'],
      '/linh-vuc/[slug]': ['linh-vuc/dat-dai/index.html', 'linh-vuc/y-te/index.html'],
    }
    return { live, part, target, liveRoutes }
  }

  it('keeps the unchanged files as links, replaces the rebuilt ones without touching the live release', async () => {
    const { live, part, target, liveRoutes } = setUp()
    write(part, {
      'index.html': 'trang chủ mới',
      'bai-giai-thich/a/index.html': 'bài A mới',
      'linh-vuc/dat-dai/index.html': 'đất đai',
      'linh-vuc/y-te/index.html': 'y tế',
      'pagefind-delta/replaced.json': '["mới"]',
      'sitemap-0.xml': 'sơ đồ mới',
    })
    const partRoutes = {
      '/': ['index.html'],
      '/bai-giai-thich/[slug]': ['bai-giai-thich/a/index.html'],
      '/linh-vuc/[slug]': ['linh-vuc/dat-dai/index.html', 'linh-vuc/y-te/index.html'],
    }
    await linkTree(live, target, isRebuiltWhole)
    const merged = await mergeRelease({ liveRoutes, part, partRoutes, target })
    expect(merged).toEqual({ routes: { ...liveRoutes, '/bai-giai-thich/[slug]': ['bai-giai-thich/a/index.html', 'bai-giai-thich/b/index.html'] } })
    expect(read(target, 'bai-giai-thich/a/index.html')).toBe('bài A mới')
    expect(read(target, 'index.html')).toBe('trang chủ mới')
    expect(read(target, 'pagefind-delta/replaced.json')).toBe('["mới"]')
    expect(read(target, 'sitemap-0.xml')).toBe('sơ đồ mới')
    // Unchanged files are the live release's files, not copies.
    expect(statSync(path.join(target, 'bai-giai-thich/b/index.html')).ino).toBe(statSync(path.join(live, 'bai-giai-thich/b/index.html')).ino)
    expect(statSync(path.join(target, 'pagefind/pagefind.js')).ino).toBe(statSync(path.join(live, 'pagefind/pagefind.js')).ino)
    expect(read(live, 'bai-giai-thich/a/index.html')).toBe('bài A cũ')
    expect(read(live, 'index.html')).toBe('trang chủ cũ')
  })

  it('gives up, saying why, when a list page no longer exists', async () => {
    const { live, part, target, liveRoutes } = setUp()
    write(part, { 'index.html': 'trang chủ mới', 'linh-vuc/dat-dai/index.html': 'đất đai' })
    const partRoutes = { '/': ['index.html'], '/linh-vuc/[slug]': ['linh-vuc/dat-dai/index.html'] }
    await linkTree(live, target, isRebuiltWhole)
    expect(await mergeRelease({ liveRoutes, part, partRoutes, target })).toEqual({ fullBecause: 'linh-vuc/y-te/index.html no longer exists' })
  })
})
