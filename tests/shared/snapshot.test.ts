import { describe, expect, it } from 'vitest'
import { contentKindKeys } from '../../shared/contentKinds'
import { parseSnapshotItems, type SnapshotContent, SnapshotError } from '../../shared/snapshot'
import { exampleSnapshot } from '../helpers/snapshotExamples'

describe('the published snapshot as the site reads it', () => {
  it('accepts an example of every kind, and hands the items on as they were', () => {
    const snapshot = exampleSnapshot()
    for (const kind of contentKindKeys) expect(parseSnapshotItems(kind, snapshot[kind])).toBe(snapshot[kind])
  })

  it('refuses a draft without its Vietnamese title, naming the item and the field', () => {
    const { drafts } = exampleSnapshot()
    delete (drafts[0]!.editions.vi as Partial<(typeof drafts)[0]['editions']['vi']>).title
    expect(() => parseSnapshotItems('drafts', drafts)).toThrow(SnapshotError)
    expect(() => parseSnapshotItems('drafts', drafts)).toThrow(/drafts\[0\] \(id d1\) editions\.vi\.title: /)
  })

  it.each([
    [
      'a slug with diacritics',
      (s: SnapshotContent): unknown => (s.explainers[0]!.slug = 'hạn-mức'),
      'explainers',
      /explainers\[0\] \(id e1\) slug: expected a slug/,
    ],
    ['a date that is not ISO 8601', (s: SnapshotContent): unknown => (s.drafts[0]!.closesAt = '15/12/2026'), 'drafts', /closesAt: expected an ISO 8601 date/],
    [
      'an edition in a language the site does not publish',
      (s: SnapshotContent): unknown => Object.assign(s.topics[0]!.name, { fr: 'Terre' }),
      'topics',
      undefined,
    ],
    [
      'an outcome no one defined',
      (s: SnapshotContent): unknown =>
        Object.assign(s.drafts[0]!, {
          response: {
            title: 'Báo cáo',
            updatedAt: '2026-12-01',
            items: [{ article: 1, outcome: 'ignored', explanation: '', commentIds: [] }],
            counts: { total: 0, byArticle: [], byOutcome: {} },
            comments: [],
          },
        }),
      'drafts',
      /response\.items\.0\.outcome/,
    ],
    [
      'a list that is not a list',
      (s: SnapshotContent): unknown => Object.assign(s.pressBriefings[0]!, { spokespersonIds: 's1' }),
      'pressBriefings',
      /spokespersonIds/,
    ],
  ] as const)('refuses %s', (_, spoil, kind, message) => {
    const snapshot = exampleSnapshot()
    spoil(snapshot)
    if (message) expect(() => parseSnapshotItems(kind, snapshot[kind])).toThrow(message)
    // An unknown language is not a reason to stop a build: it is ignored (the site shows only the languages it knows).
    else expect(() => parseSnapshotItems(kind, snapshot[kind])).not.toThrow()
  })

  it('refuses a file that is not a list at all', () => {
    expect(() => parseSnapshotItems('agencies', { agencies: [] })).toThrow(SnapshotError)
  })
})
