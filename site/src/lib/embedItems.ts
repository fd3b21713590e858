import type { EmbedItem } from '../../../shared/oembed'
import type { SnapshotDraft } from '../../../shared/snapshot'
import type { Site } from './content'

export type EmbedEntry = EmbedItem & { lead: string; draft?: SnapshotDraft }

/** Everything a newsroom can embed: drafts, explainers in each of their languages, handbook chapters. */
export function embedItems(site: Site): EmbedEntry[] {
  return [
    ...site.pages.drafts.map((draft) => ({
      kind: 'du-thao' as const,
      slug: draft.slug,
      locale: 'vi',
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
        title: edition!.title,
        lead: edition!.lead,
        agencyName: site.agency(explainer.agencyId).name,
      })),
    ),
    ...site.pages.handbookChapters.map((chapter) => ({
      kind: 'so-tay' as const,
      slug: chapter.slug,
      locale: 'vi',
      title: chapter.editions.vi.title,
      lead: chapter.editions.vi.summary ?? '',
      agencyName: 'Sổ tay truyền thông chính sách',
    })),
  ]
}
