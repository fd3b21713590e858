import { commentSentPath } from '../../../shared/comments'
import type { LocaleCode } from '../../../shared/locales'

// Every public path in one place, so links, feeds, the sitemap and tests agree. Vietnamese lives at the root,
// other editions under their language code.
const prefix = (locale: LocaleCode | string) => (locale === 'vi' ? '' : `${locale}/`)

export const paths = {
  home: () => '',
  drafts: () => 'du-thao/',
  draft: (slug: string) => `du-thao/${slug}/`,
  commentSent: commentSentPath,
  draftsByStatus: (status: string) => `du-thao/trang-thai/${status}/`,
  draftsByType: (slug: string) => `du-thao/loai-van-ban/${slug}/`,
  draftsByAgency: (slug: string) => `du-thao/co-quan/${slug}/`,
  explainers: () => 'bai-giai-thich/',
  explainer: (slug: string, locale: LocaleCode | string = 'vi') => `${prefix(locale)}bai-giai-thich/${slug}/`,
  handbook: () => 'so-tay/',
  chapter: (slug: string) => `so-tay/${slug}/`,
  documents: () => 'van-ban/',
  document: (slug: string) => `van-ban/${slug}/`,
  spokespersons: () => 'nguoi-phat-ngon/',
  briefings: () => 'hop-bao/',
  briefing: (slug: string) => `hop-bao/${slug}/`,
  topic: (slug: string) => `linh-vuc/${slug}/`,
  agency: (slug: string) => `co-quan/${slug}/`,
  about: () => 'gioi-thieu/',
  file: (path: string) => `tai-lieu/${path.replace(/^files\//, '')}`,
}
