import { describe, expect, it } from 'vitest'
import { formerAddresses } from '../../site/src/lib/formerAddresses'
import { exampleSnapshot } from '../helpers/snapshotExamples'

describe('the addresses a page had before', () => {
  it('sends a withdrawn edition, under its current and former slugs, to the Vietnamese page', () => {
    const site = exampleSnapshot()
    const explainer = site.explainers[0]!
    explainer.formerSlugs = ['han-muc-dat-o']
    explainer.formerEditions = ['en']
    const moves = formerAddresses(site).map(({ from, to }) => `${from} → ${to}`)
    expect(moves).toEqual(
      expect.arrayContaining([
        `bai-giai-thich/han-muc-dat-o/ → bai-giai-thich/${explainer.slug}/`,
        // The Cơ Tu edition it still has moved with the rename.
        `ktv/bai-giai-thich/han-muc-dat-o/ → ktv/bai-giai-thich/${explainer.slug}/`,
        `en/bai-giai-thich/${explainer.slug}/ → bai-giai-thich/${explainer.slug}/`,
        `en/bai-giai-thich/han-muc-dat-o/ → bai-giai-thich/${explainer.slug}/`,
      ]),
    )
    expect(moves).toHaveLength(4)
  })

  it('leaves an edition that is public again to its page', () => {
    const site = exampleSnapshot()
    const chapter = site.handbookChapters[0]!
    chapter.formerEditions = ['en']
    chapter.editions.en = { title: 'Handling a communication crisis', bodyHtml: '<p>Step 1.</p>' }
    expect(formerAddresses(site).filter((move) => move.from.startsWith('en/so-tay/'))).toEqual([])
  })
})
