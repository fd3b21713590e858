import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { outdatedWordingIn } from '../helpers/outdatedLaw'

// Everything an editor or a citizen reads that the repository writes: the demo content, the site's pages and UI
// strings, the CMS's messages. The restored 2023 plan is a historical document and keeps its own wording.
const historical = new Set(['content/policy-documents/ke-hoach-6684-kh-ubnd-2023.md'])
const sources = ['content', 'site/src', 'cms/comments', 'cms/collections', 'cms/hooks']
  .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => path.join(folder, file)))
  .filter((file) => /\.(md|mdx|json|ts|astro)$/.test(file) && !historical.has(file))

describe('the law in force', () => {
  it('finds what it looks for', () => {
    expect(outdatedWordingIn('theo Nghị định 13/2023/NĐ-CP')).toHaveLength(1)
    expect(outdatedWordingIn('có hộ khẩu thường trú')).toHaveLength(1)
    expect(outdatedWordingIn('mang căn cước công dân')).toHaveLength(1)
    expect(outdatedWordingIn('thẻ căn cước (hoặc thẻ căn cước công dân còn hạn), nơi thường trú')).toEqual([])
  })

  it.each(sources)('%s cites the law in force', (file) => {
    expect(outdatedWordingIn(readFileSync(file, 'utf8'))).toEqual([])
  })
})
