import { commentSentPath } from '../../../shared/comments'
import { contentKinds as kinds } from '../../../shared/contentKinds'
import type { LocaleCode } from '../../../shared/locales'

// Every public path in one place, so links, feeds, the sitemap and tests agree. Vietnamese lives at the root,
// other editions under their language code.
const prefix = (locale: LocaleCode | string) => (locale === 'vi' ? '' : `${locale}/`)

export const paths = {
  home: () => '',
  drafts: () => `${kinds.drafts.segment}/`,
  draft: (slug: string) => `${kinds.drafts.segment}/${slug}/`,
  commentSent: commentSentPath,
  draftsByStatus: (status: string) => `${kinds.drafts.segment}/trang-thai/${status}/`,
  draftsByType: (slug: string) => `${kinds.documentTypes.segment}/${slug}/`,
  draftsByAgency: (slug: string) => `${kinds.drafts.segment}/${kinds.agencies.segment}/${slug}/`,
  explainers: () => `${kinds.explainers.segment}/`,
  explainer: (slug: string, locale: LocaleCode | string = 'vi') => `${prefix(locale)}${kinds.explainers.segment}/${slug}/`,
  handbook: () => `${kinds.handbookChapters.segment}/`,
  handbookChapter: (slug: string, locale: LocaleCode | string = 'vi') => `${prefix(locale)}${kinds.handbookChapters.segment}/${slug}/`,
  policyDocuments: () => `${kinds.policyDocuments.segment}/`,
  policyDocument: (slug: string) => `${kinds.policyDocuments.segment}/${slug}/`,
  spokespersons: () => `${kinds.spokespersons.segment}/`,
  pressBriefings: () => `${kinds.pressBriefings.segment}/`,
  pressBriefing: (slug: string) => `${kinds.pressBriefings.segment}/${slug}/`,
  topic: (slug: string) => `${kinds.topics.segment}/${slug}/`,
  agencies: () => `${kinds.agencies.segment}/`,
  agency: (slug: string) => `${kinds.agencies.segment}/${slug}/`,
  about: () => 'gioi-thieu/',
  file: (path: string) => `tai-lieu/${path.replace(/^files\//, '')}`,
}
