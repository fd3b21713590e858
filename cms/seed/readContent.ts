import matter from 'gray-matter'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { cmsDir } from '../config/paths'
import { settings } from '../../shared/settings'

/** Where the seed content lives; `CONTENT_DIR` points elsewhere (tests use a copy). */
export const contentDir = path.resolve(settings().CONTENT_DIR ?? path.join(cmsDir, '../content'))

/** Reads a JSON file of seed data. */
export async function readJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(path.join(contentDir, name), 'utf8')) as T
}

export type MarkdownFile<T> = { name: string; data: T; body: string }

/** Reads every Markdown file of a folder (sorted by name) with its YAML front matter. */
export async function readMarkdownFolder<T>(folder: string): Promise<MarkdownFile<T>[]> {
  const dir = path.join(contentDir, folder)
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort()
  return Promise.all(
    names.map(async (name) => {
      const file = matter(await readFile(path.join(dir, name), 'utf8'))
      return { name, data: file.data as T, body: file.content.trim() }
    }),
  )
}
