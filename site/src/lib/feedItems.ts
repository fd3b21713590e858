import type { LocaleCode } from '../../../shared/locales'
import { toSlug } from '../../../shared/toSlug'
import { agencySlug, type Site } from './content'
import { absoluteUrl } from './deployment'
import { t } from './i18n'
import { paths } from './paths'

export type FeedItem = { id: string; title: string; summary: string; url: string; date: Date; contentHtml?: string; locale: LocaleCode }

/** How many items a feed carries: the newest, as feed readers poll often and need only what is recent. */
export const feedSize = 50

export type FeedKind = 'all' | 'drafts' | 'explainers'

/** Whose items a feed carries: the whole site's, one agency's, one topic's or one document type's (drafts only). */
export type FeedSubject = { agencyId: string } | { topicId: string } | { documentTypeId: string } | undefined

/** Whether an item is one of the subject's (every item is the whole site's). */
export const about = (subject: FeedSubject, item: { agencyId: string; topicIds: string[]; documentTypeId?: string }) =>
  !subject ||
  ('agencyId' in subject && item.agencyId === subject.agencyId) ||
  ('topicId' in subject && item.topicIds.includes(subject.topicId)) ||
  ('documentTypeId' in subject && item.documentTypeId === subject.documentTypeId)

/** The earlier of two dates: an item is dated when it was published, never on a day still to come. */
const earlier = (a: string, b: string) => new Date(Math.min(Date.parse(a), Date.parse(b)))

/** The items of a feed: drafts, explainers, or everything (with press briefings), in one language, newest first. */
export function feedItems(site: Site, kind: FeedKind, locale: LocaleCode, subject?: FeedSubject): FeedItem[] {
  const drafts: FeedItem[] = site.drafts.flatMap((draft) => {
    const edition = draft.editions[locale]
    if (!edition || !about(subject, { agencyId: draft.draftingAgencyId, topicIds: draft.topicIds, documentTypeId: draft.documentTypeId })) return []
    const url = absoluteUrl(paths.draft(draft.slug))
    // The day it opened for comment, or the day it was published when it is announced ahead of opening.
    return [{ id: url, title: edition.title, summary: edition.summary, url, date: earlier(draft.opensAt, draft.updatedAt), locale }]
  })
  const explainers: FeedItem[] = site.explainers.flatMap((explainer) => {
    const edition = explainer.editions[locale]
    if (!edition || !about(subject, explainer)) return []
    const url = absoluteUrl(paths.explainer(explainer.slug, locale))
    return [{ id: url, title: edition.title, summary: edition.lead, url, date: new Date(explainer.updatedAt), contentHtml: edition.bodyHtml, locale }]
  })
  const briefings: FeedItem[] = site.pressBriefings.flatMap((briefing) => {
    const edition = briefing.editions[locale]
    if (!edition || !about(subject, briefing)) return []
    const url = absoluteUrl(paths.pressBriefing(briefing.slug))
    // A briefing announced ahead is news on the day it is announced.
    return [{ id: url, title: edition.title, summary: edition.summary, url, date: earlier(briefing.heldAt, briefing.updatedAt), locale }]
  })
  const items = kind === 'drafts' ? drafts : kind === 'explainers' ? explainers : [...drafts, ...explainers, ...briefings]
  return items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id)).slice(0, feedSize)
}

/** A feed of the site: its folder (its three formats are `feed.xml`, `atom.xml` and `feed.json` in it) and title. */
export type FeedFolder = { folder: string; kind: FeedKind; subject?: FeedSubject; title: string }

/** A feed's title: the site's name, and whose items it carries. */
export const feedTitle = (whose?: string) => (whose ? `${t('vi', 'site.name')}: ${whose}` : t('vi', 'site.name'))

/** Every feed the site offers: everything, drafts, explainers, and one per agency, per topic and per document type. */
export function feedFolders(site: Site): FeedFolder[] {
  return [
    { folder: '', kind: 'all', title: feedTitle() },
    { folder: paths.drafts(), kind: 'drafts', title: feedTitle(t('vi', 'nav.drafts')) },
    { folder: paths.explainers(), kind: 'explainers', title: feedTitle(t('vi', 'nav.explainers')) },
    ...site.agencies.map((agency): FeedFolder => ({
      folder: paths.agency(agencySlug(agency)),
      kind: 'all',
      subject: { agencyId: agency.id },
      title: feedTitle(agency.name),
    })),
    ...site.topics.map((topic): FeedFolder => ({
      folder: paths.topic(topic.slug),
      kind: 'all',
      subject: { topicId: topic.id },
      title: feedTitle(topic.name.vi),
    })),
    ...site.documentTypes.map((type): FeedFolder => ({
      folder: paths.draftsByType(toSlug(type.name)),
      kind: 'drafts',
      subject: { documentTypeId: type.id },
      title: feedTitle(type.name),
    })),
  ]
}

/** The feed whose folder is `folder` (an agency's page, a topic's). */
export const feedFolder = (site: Site, folder: string): FeedFolder => feedFolders(site).find((feed) => feed.folder === folder)!
