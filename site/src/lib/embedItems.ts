import type { EmbedItem } from '../../../shared/oembed'
import type { SnapshotDraft } from '../../../shared/snapshot'
import type { Site } from './content'

/** `textLang` is the language the text is written in: Vietnamese for a minority-language sample awaiting translation. */
export type EmbedEntry = EmbedItem & { lead: string; textLang: string; draft?: SnapshotDraft }

/** Everything a newsroom can embed: drafts, explainers in each of their languages, handbook chapters. */
export function embedItems(site: Site): EmbedEntry[] {
  return [
    ...site.pages.drafts.map((draft) => ({
      kind: 'du-thao' as const,
      slug: draft.slug,
      locale: 'vi',
      textLang: 'vi',
      title: draft.editions.vi.title,
      lead: draft.editions.vi.summary,
      agencyName: site.agency(draft.draftingAgencyId).name,
      draft,
    })),
    ...site.pages.explainers.flatMap((explainer) =>
      Object.entries(explainer.editions).map(([locale, edition]) => ({
        kind: 'bai-giai-thich' as const,
        slug: explainer.slug,
        locale,
        textLang: edition!.translation?.sample ? 'vi' : locale,
        title: edition!.title,
        lead: edition!.lead,
        agencyName: site.agency(explainer.agencyId).name,
      })),
    ),
    ...site.pages.handbookChapters.map((chapter) => ({
      kind: 'so-tay' as const,
      slug: chapter.slug,
      locale: 'vi',
      textLang: 'vi',
      title: chapter.editions.vi.title,
      lead: chapter.editions.vi.summary ?? '',
      agencyName: 'Sổ tay truyền thông chính sách',
    })),
  ]
}
