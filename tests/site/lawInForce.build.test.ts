import { load } from 'cheerio'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { distDir, htmlFiles } from '../helpers/dist'
import { formerUnitsIn } from '../helpers/formerUnits'
import { outdatedWordingIn } from '../helpers/outdatedLaw'

// The restored 2023 plan is a historical document and keeps its own wording.
const pages = htmlFiles.filter((file) => !file.includes('ke-hoach-6684-kh-ubnd-2023'))

describe('the built site and the law in force', () => {
  it('cites no repealed rule on any page but the historical plan', () => {
    const found = pages.flatMap((file) => outdatedWordingIn(readFileSync(path.join(distDir, file), 'utf8')).map((line) => `${file}: ${line}`))
    expect(found).toEqual([])
  })

  it("names only today's units and agencies, except where a page says that one no longer exists", () => {
    const found = pages.flatMap((file) => {
      const $ = load(readFileSync(path.join(distDir, file), 'utf8'))
      // What the site itself marks as of the past: a former agency's notice, its page, the index's group of them.
      $('[data-historical]').remove()
      $('main a, main li, main p, main h1, main h2, main h3, main td, main dd').append('\n')
      return formerUnitsIn($('main').text()).map((line) => `${file}: ${line}`)
    })
    expect(found).toEqual([])
  })
})
