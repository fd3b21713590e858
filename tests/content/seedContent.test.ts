import matter from 'gray-matter'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticles } from '../../cms/seed/parseArticles'

const contentDir = path.resolve('content')

async function textFiles(): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && /\.(md|json)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name))
}

describe('seed content', () => {
  it('is stored as NFC in every file', async () => {
    const files = await textFiles()
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const text = await readFile(file, 'utf8')
      expect(text === text.normalize('NFC'), `${path.relative(contentDir, file)} is not NFC`).toBe(true)
    }
  })

  it('has at least six handbook chapters of substantial prose', async () => {
    const dir = path.join(contentDir, 'handbook')
    const names = (await readdir(dir)).filter((name) => /^\d+-[a-z0-9-]+\.md$/.test(name))
    expect(names.length).toBeGreaterThanOrEqual(6)
    for (const name of names) {
      const { content } = matter(await readFile(path.join(dir, name), 'utf8'))
      expect(content.split(/\s+/).length, name).toBeGreaterThan(800)
    }
  })

  it('restores Kế hoạch 6684/KH-UBND with its 20 tasks, each with a lead and a timing', async () => {
    const { data } = matter(await readFile(path.join(contentDir, 'policy-documents/ke-hoach-6684-kh-ubnd-2023.md'), 'utf8'))
    expect(data.numberAndSymbol).toBe('6684/KH-UBND')
    expect(data.tasks).toHaveLength(20)
    for (const task of data.tasks) {
      expect(task.lead?.length || task.leadNote, task.code).toBeTruthy()
      expect(task.timing, task.code).toBeTruthy()
    }
  })

  it('writes every draft as numbered articles', async () => {
    const dir = path.join(contentDir, 'drafts')
    for (const name of await readdir(dir)) {
      const { content } = matter(await readFile(path.join(dir, name), 'utf8'))
      const articles = parseArticles(content)
      expect(articles.length, name).toBeGreaterThanOrEqual(5)
      expect(articles.map((article) => article.number)).toEqual(articles.map((_, index) => index + 1))
    }
  })
})

describe('parseArticles', () => {
  it('splits "## Điều N." sections, also from decomposed text once normalized', () => {
    const text = '## Điều 1. Phạm vi\n\nNội dung một.\n\n## Điều 2. Đối tượng\n\nNội dung hai.'
    expect(parseArticles(text.normalize('NFD').normalize('NFC'))).toEqual([
      { number: 1, heading: 'Phạm vi', body: 'Nội dung một.' },
      { number: 2, heading: 'Đối tượng', body: 'Nội dung hai.' },
    ])
  })
})
