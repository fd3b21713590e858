import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rebuildScope } from '../../site/publish'
import { readSnapshotContent } from '../../site/src/lib/snapshotContent'
import { distDir } from '../helpers/dist'

// What a publish makes the site rebuilder render, from the seeded snapshot the fixture site was built from.
const before = await readSnapshotContent(path.join(path.dirname(distDir), 'snapshot'))
const after = () => structuredClone(before)

describe('what a rebuild after a change renders', () => {
  it('renders nothing when nothing public changed', () => {
    expect(rebuildScope(before, after())).toEqual({ isUnchanged: true })
  })

  it('renders a changed explainer and the drafts that show it, both ways', () => {
    const next = after()
    const explainer = next.explainers.find((item) => item.relatedDraftIds.length > 0)!
    explainer.editions.vi.lead += ' Đã sửa.'
    const linkedDrafts = next.drafts.filter((draft) => explainer.relatedDraftIds.includes(draft.id) || draft.relatedExplainerIds.includes(explainer.id))
    const change = rebuildScope(before, next)
    expect(change).toHaveProperty('scope')
    const { scope } = change as { scope: Record<string, string[]> }
    expect(scope.explainers).toEqual([explainer.slug])
    expect([...(scope.drafts ?? [])].sort()).toEqual(linkedDrafts.map((draft) => draft.slug).sort())
    expect(linkedDrafts.length).toBeGreaterThan(0)
  })

  it('renders a changed draft and the explainers that show it', () => {
    const next = after()
    const draft = next.drafts.find((item) => next.explainers.some((explainer) => explainer.relatedDraftIds.includes(item.id)))!
    draft.editions.vi.summary += ' Đã sửa.'
    const { scope } = rebuildScope(before, next) as { scope: Record<string, string[]> }
    expect(scope.drafts).toEqual([draft.slug])
    expect(scope.explainers).toEqual(next.explainers.filter((explainer) => explainer.relatedDraftIds.includes(draft.id)).map((explainer) => explainer.slug))
  })

  it('renders every chapter when one changes, since each shows its neighbours', () => {
    const next = after()
    next.handbookChapters[1]!.editions.vi.title += ' (sửa)'
    const { scope } = rebuildScope(before, next) as { scope: Record<string, string[]> }
    expect(scope.handbookChapters).toEqual(next.handbookChapters.map((chapter) => chapter.slug))
  })

  it('renders a press briefing when one of its spokespersons changes', () => {
    const next = after()
    const briefing = next.pressBriefings.find((item) => item.spokespersonIds.length > 0)!
    next.spokespersons.find((person) => person.id === briefing.spokespersonIds[0])!.position += ' (mới)'
    const { scope } = rebuildScope(before, next) as { scope: Record<string, string[]> }
    expect(scope.pressBriefings).toContain(briefing.slug)
  })

  it('renders a new document', () => {
    const next = after()
    next.explainers.push({ ...structuredClone(next.explainers[0]!), id: 'moi', slug: 'bai-moi', relatedDraftIds: [] })
    expect(rebuildScope(before, next)).toEqual({ scope: { explainers: ['bai-moi'] } })
  })

  it('builds everything when pages would disappear or many pages show what changed', () => {
    const removed = after()
    removed.explainers.pop()
    expect(rebuildScope(before, removed)).toHaveProperty('fullBecause', expect.stringContaining('removed'))
    const renamed = after()
    renamed.drafts[0]!.slug = 'doi-ten'
    expect(rebuildScope(before, renamed)).toHaveProperty('fullBecause', expect.stringContaining('renamed'))
    const withdrawn = after()
    const translated = withdrawn.explainers.find((explainer) => Object.keys(explainer.editions).length > 1)!
    delete translated.editions[Object.keys(translated.editions).find((locale) => locale !== 'vi') as 'en']
    // (The demo's translated edition has a recording, so withdrawing it also withdraws that upload.)
    expect(rebuildScope(before, withdrawn)).toHaveProperty('fullBecause', expect.stringMatching(/lost an edition|withdrawn/))
    const agency = after()
    agency.agencies[0]!.name += ' tỉnh'
    expect(rebuildScope(before, agency)).toEqual({ fullBecause: 'agencies changed' })
  })
})
