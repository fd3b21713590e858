import matter from 'gray-matter'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isReferenceOnly } from '../../shared/locales'

// A page may claim a minority language only for text in that language: every such edition in content/ either names
// who translated it (a person or a body, with the orthography) or is marked as a sample, which the page then says.
const editions = readdirSync('content/explainers')
  .map((file) => ({ file, locale: /\.([a-z]{2,3})\.md$/.exec(file)?.[1] }))
  .filter((edition): edition is { file: string; locale: string } => Boolean(edition.locale) && isReferenceOnly(edition.locale!))

type Translation = { sample?: boolean; translator?: string; orthography?: string }

describe('minority-language editions', () => {
  it('exist in the demo, so this check checks something', () => {
    expect(editions.length).toBeGreaterThan(0)
  })

  it.each(editions)('$file is a sample or names its translator', ({ file }) => {
    const { translation = {} } = matter(readFileSync(`content/explainers/${file}`, 'utf8')).data as { translation?: Translation }
    const named = Boolean(translation.translator && !/^chưa/i.test(translation.translator) && translation.orthography)
    expect(translation.sample === true || named, `${file}: set translation.sample, or translation.translator and orthography`).toBe(true)
    if (translation.sample) expect(named, `${file}: a sample cannot also claim a translator`).toBe(false)
  })

  it('each sample has an audio edition, labelled as what it is', () => {
    for (const { file } of editions) {
      const data = matter(readFileSync(`content/explainers/${file}`, 'utf8')).data as { translation?: Translation; audio?: { file: string; title: string } }
      if (!data.translation?.sample) continue
      expect(data.audio?.file, file).toBeTruthy()
      expect(readFileSync(`content/audio/${data.audio!.file}`).length, file).toBeGreaterThan(1000)
      expect(data.audio!.title, file).toMatch(/không phải bản thu/)
    }
  })
})
