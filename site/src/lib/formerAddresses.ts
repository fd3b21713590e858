import type { LocaleCode } from '../../../shared/locales'
import type { SnapshotContent } from '../../../shared/snapshot'
import { paths } from './paths'

/** A move from an old path to the current one; `title` names the page it leads to when the site knows it. */
export type Move = { from: string; to: string; title?: string }

/**
 * Every address a published page had before and where it is now: a renamed document's old slug in each of its
 * languages, and a withdrawn language edition (under any of its slugs) to the Vietnamese page; then the moves editors
 * made by hand. An old address that another page now uses is left to that page.
 */
export function formerAddresses(site: SnapshotContent): Move[] {
  const pages = (slug: string, editions: Partial<Record<LocaleCode, { title: string }>>, pathOf: (slug: string, locale: LocaleCode) => string) =>
    (Object.keys(editions) as LocaleCode[]).map((locale) => ({ locale, path: pathOf(slug, locale), title: editions[locale]!.title }))
  const kinds = [
    { docs: site.drafts, pathOf: (slug: string) => paths.draft(slug), single: true },
    { docs: site.explainers, pathOf: paths.explainer, single: false },
    { docs: site.handbookChapters, pathOf: paths.handbookChapter, single: false },
    { docs: site.policyDocuments, pathOf: (slug: string) => paths.policyDocument(slug), single: true },
    { docs: site.pressBriefings, pathOf: (slug: string) => paths.pressBriefing(slug), single: true },
  ]
  const moves: Move[] = []
  const taken = new Set<string>()
  for (const { docs, pathOf, single } of kinds)
    for (const doc of docs) {
      const editions = single ? { vi: doc.editions.vi } : doc.editions
      for (const page of pages(doc.slug, editions, pathOf)) taken.add(page.path)
      for (const former of doc.formerSlugs ?? [])
        for (const [index, page] of pages(former, editions, pathOf).entries())
          moves.push({ from: page.path, to: pages(doc.slug, editions, pathOf)[index]!.path, title: page.title })
      const withdrawn = 'formerEditions' in doc ? (doc.formerEditions ?? []) : []
      for (const locale of withdrawn)
        for (const slug of [doc.slug, ...(doc.formerSlugs ?? [])])
          moves.push({ from: pathOf(slug, locale), to: pathOf(doc.slug, 'vi'), title: doc.editions.vi.title })
    }
  for (const redirect of site.redirects) moves.push({ from: redirect.from, to: redirect.to })
  return moves.filter((move) => !taken.has(move.from))
}
