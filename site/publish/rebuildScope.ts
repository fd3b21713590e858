import type { SnapshotContent as Documents } from '../src/lib/snapshotContent'
import { type BuildScope, type PagedKind, pagedKinds, type RebuildScope } from './scope'

type Document = { id: string; slug: string; editions?: Record<string, unknown> }

const referenceKinds = ['agencies', 'topics', 'documentTypes', 'redirects'] as const

/**
 * Compares the snapshot the live site was built from with a new one and returns the documents whose own pages
 * must be rendered again: the changed and added ones, and the pages that show them (a draft and the explainers
 * that link to it, both ways; every handbook chapter, which shows its neighbours; a press briefing and its
 * spokespersons). List pages are always rendered in full. Changes that remove pages or touch what many pages show
 * (a document removed or renamed, an edition withdrawn, agencies, topics, document types) need a full build.
 */
export function rebuildScope(previous: Documents, next: Documents): RebuildScope {
  for (const kind of referenceKinds) if (JSON.stringify(previous[kind]) !== JSON.stringify(next[kind])) return { fullBecause: `${kind} changed` }
  // A targeted release keeps the live release's files; a file no published document uses any more must go.
  const stillUsed = uploadPaths(next)
  const withdrawn = [...uploadPaths(previous)].find((file) => !stillUsed.has(file))
  if (withdrawn) return { fullBecause: `upload ${withdrawn} withdrawn` }

  const changed: Record<PagedKind, Set<string>> = Object.fromEntries(pagedKinds.map((kind) => [kind, new Set<string>()])) as never
  for (const kind of pagedKinds) {
    const before = new Map((previous[kind] as Document[]).map((doc) => [doc.id, doc]))
    const after = new Map((next[kind] as Document[]).map((doc) => [doc.id, doc]))
    for (const [id, old] of before) {
      const doc = after.get(id)
      if (!doc) return { fullBecause: `${kind} ${id} removed` }
      if (doc.slug !== old.slug) return { fullBecause: `${kind} ${id} renamed` }
      if (Object.keys(old.editions ?? {}).some((locale) => !doc.editions?.[locale])) return { fullBecause: `${kind} ${id} lost an edition` }
      if (JSON.stringify(doc) !== JSON.stringify(old)) changed[kind].add(id)
    }
    for (const id of after.keys()) if (!before.has(id)) changed[kind].add(id)
  }

  // Pages that show a changed document: linked drafts and explainers (as linked before and after), briefings
  // with a changed spokesperson, every chapter when one changes.
  const both = {
    drafts: [...previous.drafts, ...next.drafts],
    explainers: [...previous.explainers, ...next.explainers],
    briefings: [...previous.pressBriefings, ...next.pressBriefings],
  }
  const showing = { drafts: new Set<string>(), explainers: new Set<string>(), pressBriefings: new Set<string>() }
  for (const draft of both.drafts) {
    if (changed.drafts.has(draft.id)) for (const id of draft.relatedExplainerIds) showing.explainers.add(id)
    if (draft.relatedExplainerIds.some((id) => changed.explainers.has(id))) showing.drafts.add(draft.id)
  }
  for (const explainer of both.explainers) {
    if (changed.explainers.has(explainer.id)) for (const id of explainer.relatedDraftIds) showing.drafts.add(id)
    if (explainer.relatedDraftIds.some((id) => changed.drafts.has(id))) showing.explainers.add(explainer.id)
  }
  const spokespersonsBefore = new Map(previous.spokespersons.map((person) => [person.id, JSON.stringify(person)]))
  const changedSpokespersons = new Set(
    next.spokespersons.filter((person) => spokespersonsBefore.get(person.id) !== JSON.stringify(person)).map((person) => person.id),
  )
  for (const person of previous.spokespersons) if (!next.spokespersons.some((other) => other.id === person.id)) changedSpokespersons.add(person.id)
  for (const briefing of both.briefings) if (briefing.spokespersonIds.some((id) => changedSpokespersons.has(id))) showing.pressBriefings.add(briefing.id)
  for (const [kind, ids] of Object.entries(showing) as [PagedKind, Set<string>][]) for (const id of ids) changed[kind].add(id)
  if (changed.handbookChapters.size > 0) for (const chapter of next.handbookChapters) changed.handbookChapters.add(chapter.id)

  if (pagedKinds.every((kind) => changed[kind].size === 0) && changedSpokespersons.size === 0) return { isUnchanged: true }
  const scope: BuildScope = {}
  for (const kind of pagedKinds) {
    const slugs = (next[kind] as Document[]).filter((doc) => changed[kind].has(doc.id)).map((doc) => doc.slug)
    if (slugs.length > 0) scope[kind] = slugs
  }
  return { scope }
}

/** The snapshot paths (`files/…`, `media/…`) of every upload the documents use. */
function uploadPaths(documents: Documents): Set<string> {
  const found = new Set<string>()
  JSON.stringify(documents, (key, value: unknown) => {
    if (key === 'path' && typeof value === 'string' && /^(files|media)\//.test(value)) found.add(value)
    return value
  })
  return found
}
