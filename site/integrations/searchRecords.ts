import { consultationStatus, consultationStatuses } from '../../shared/consultationStatus'
import { localDay } from '../../shared/localDay'
import { locales } from '../../shared/locales'
import { toIndexText } from '../../shared/searchText'
import type { SnapshotContent } from '../../shared/snapshot'
import { toSlug } from '../../shared/toSlug'
import { htmlToText } from '../src/lib/htmlToText'
import { paths } from '../src/lib/paths'

export type SearchRecord = {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
}

const languageName = (code: string) => locales.find((locale) => locale.code === code)?.nativeName ?? code

/**
 * One search record per published page: drafts, explainers (each edition), handbook chapters, plans and
 * spokespersons, with the filters and sort keys the search page offers. Text goes through toIndexText.
 */
export function searchRecords(snapshot: SnapshotContent, now: Date): SearchRecord[] {
  const agency = (id: string) => snapshot.agencies.find((item) => item.id === id)?.name ?? ''
  const topics = (ids: string[]) => ids.map((id) => snapshot.topics.find((topic) => topic.id === id)?.name.vi ?? '').filter(Boolean)
  const record = (r: {
    path: string
    title: string
    text: string
    type: string
    date: string
    language?: string
    filters?: Record<string, string[]>
    meta?: Record<string, string>
  }): SearchRecord => ({
    // Relative to the site's base: the search script tells Pagefind the base, so the index works under any base path.
    url: `/${r.path}`,
    // Vietnamese is the index language for every record: minority-language words live in the same index.
    language: 'vi',
    content: toIndexText(`${r.title}. ${r.text}`),
    meta: { title: r.title, type: r.type, date: localDay(r.date), ...r.meta },
    filters: { loại: [r.type], 'ngôn ngữ': [languageName(r.language ?? 'vi')], ...r.filters },
    sort: { date: r.date },
  })
  return [
    ...snapshot.drafts.map((draft) => {
      const edition = draft.editions.vi
      const status = consultationStatus({ opensAt: draft.opensAt, closesAt: draft.closesAt, isIssued: Boolean(draft.numberAndSymbol) }, now)
      return record({
        path: paths.draft(draft.slug),
        title: edition.title,
        text: [
          draft.numberAndSymbol ?? '',
          edition.summary,
          ...edition.articles.map((a) => `Điều ${a.number}. ${a.heading}. ${a.body}`),
          ...edition.affectedGroups,
        ].join(' '),
        type: 'Dự thảo',
        date: draft.opensAt,
        filters: { 'trạng thái': [consultationStatuses[status]], 'cơ quan': [agency(draft.draftingAgencyId)], 'lĩnh vực': topics(draft.topicIds) },
        meta: { opensAt: draft.opensAt, closesAt: draft.closesAt, issued: draft.numberAndSymbol ? 'true' : '', responded: draft.responded ? 'true' : '' },
      })
    }),
    ...snapshot.explainers.flatMap((explainer) =>
      Object.entries(explainer.editions).map(([locale, edition]) =>
        record({
          path: paths.explainer(explainer.slug, locale),
          title: edition!.title,
          text: `${edition!.lead} ${htmlToText(edition!.bodyHtml)} ${edition!.radioScript ?? ''}`,
          type: 'Bài giải thích',
          date: explainer.updatedAt,
          language: locale,
          filters: { 'cơ quan': [agency(explainer.agencyId)], 'lĩnh vực': topics(explainer.topicIds) },
        }),
      ),
    ),
    ...snapshot.handbookChapters.map((chapter) =>
      record({
        path: paths.handbookChapter(chapter.slug),
        title: chapter.editions.vi.title,
        text: `${chapter.editions.vi.summary ?? ''} ${htmlToText(chapter.editions.vi.bodyHtml)}`,
        type: 'Sổ tay',
        date: chapter.updatedAt,
      }),
    ),
    ...snapshot.policyDocuments.map((document) =>
      record({
        path: paths.policyDocument(document.slug),
        title: `${document.numberAndSymbol}: ${document.editions.vi.title}`,
        text: `${document.numberAndSymbol} ${htmlToText(document.editions.vi.bodyHtml)} ${document.editions.vi.tasks.map((task) => `${task.title} ${task.content ?? ''}`).join(' ')}`,
        type: 'Văn bản chỉ đạo',
        date: document.issuedAt,
        filters: { 'cơ quan': [agency(document.issuingAgencyId)] },
      }),
    ),
    ...snapshot.pressBriefings.map((briefing) =>
      record({
        path: paths.pressBriefing(briefing.slug),
        title: briefing.editions.vi.title,
        text: `${briefing.editions.vi.location ?? ''} ${briefing.editions.vi.summary}`,
        type: 'Họp báo',
        date: briefing.heldAt,
        filters: { 'cơ quan': [agency(briefing.agencyId)], 'lĩnh vực': topics(briefing.topicIds) },
      }),
    ),
    ...snapshot.spokespersons.map((person) =>
      record({
        path: paths.agency(toSlug(agency(person.agencyId))),
        title: `${person.fullName}, ${person.position}`,
        text: `Người phát ngôn ${agency(person.agencyId)} ${person.phone ?? ''} ${person.email ?? ''}`,
        type: 'Người phát ngôn',
        date: person.since ?? '2000-01-01T00:00:00Z',
        filters: { 'cơ quan': [agency(person.agencyId)] },
      }),
    ),
  ]
}
