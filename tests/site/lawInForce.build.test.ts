import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { distDir, htmlFiles } from '../helpers/dist'
import { outdatedWordingIn } from '../helpers/outdatedLaw'

describe('the built site and the law in force', () => {
  it('cites no repealed rule on any page but the historical plan', () => {
    const found = htmlFiles
      .filter((file) => !file.includes('ke-hoach-6684-kh-ubnd-2023'))
      .flatMap((file) => outdatedWordingIn(readFileSync(path.join(distDir, file), 'utf8')).map((line) => `${file}: ${line}`))
    expect(found).toEqual([])
  })
})
