import type { LocaleCode } from '../../../shared/locales'
import type { Site } from './content'
import { absoluteUrl } from './deployment'
import { paths } from './paths'

export type FeedItem = { id: string; title: string; summary: string; url: string; date: Date; contentHtml?: string; locale: LocaleCode }

/** How many items a feed carries: the newest, as feed readers poll often and need only what is recent. */
export const feedSize = 50

/** The items of a feed: drafts, explainers, or everything (with press briefings), in one language, newest first. */
export function feedItems(site: Site, kind: 'all' | 'drafts' | 'explainers', locale: LocaleCode): FeedItem[] {
  const drafts: FeedItem[] = site.drafts.flatMap((draft) => {
    const edition = draft.editions[locale]
    if (!edition) return []
    return [
      {
        id: absoluteUrl(paths.draft(draft.slug)),
        title: edition.title,
        summary: edition.summary,
        url: absoluteUrl(paths.draft(draft.slug)),
        date: new Date(draft.opensAt),
        locale,
      },
    ]
  })
  const explainers: FeedItem[] = site.explainers.flatMap((explainer) => {
    const edition = explainer.editions[locale]
    if (!edition) return []
    const url = absoluteUrl(paths.explainer(explainer.slug, locale))
    return [{ id: url, title: edition.title, summary: edition.lead, url, date: new Date(explainer.updatedAt), contentHtml: edition.bodyHtml, locale }]
  })
  const briefings: FeedItem[] = site.pressBriefings.flatMap((briefing) => {
    const edition = briefing.editions[locale]
    if (!edition) return []
    const url = absoluteUrl(paths.pressBriefing(briefing.slug))
    return [{ id: url, title: edition.title, summary: edition.summary, url, date: new Date(briefing.heldAt), locale }]
  })
  const items = kind === 'drafts' ? drafts : kind === 'explainers' ? explainers : [...drafts, ...explainers, ...briefings]
  return items.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, feedSize)
}
