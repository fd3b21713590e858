import type { APIRoute, GetStaticPaths } from 'astro'
import { Feed } from 'feed'
import { localeCodes, type LocaleCode } from '../../../shared/locales'
import { loadSite } from '../lib/content'
import { absoluteUrl } from '../lib/deployment'
import { type FeedFolder, feedFolders, feedItems } from '../lib/feedItems'
import { t } from '../lib/i18n'
import { authority } from '../lib/authority'

const formats = { 'feed.xml': 'application/rss+xml', 'atom.xml': 'application/atom+xml', 'feed.json': 'application/feed+json' } as const

// RSS 2.0, Atom and JSON Feed 1.1 for everything, drafts, explainers, each agency and each topic, in each language
// that has items.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  return localeCodes.flatMap((locale) =>
    feedFolders(site).flatMap((feed) => {
      if (feedItems(site, feed.kind, locale, feed.subject).length === 0) return []
      return Object.keys(formats).map((format) => ({
        params: { feed: `${locale === 'vi' ? '' : `${locale}/`}${feed.folder}${format}` },
        props: { feed, locale, format },
      }))
    }),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props, params }) => {
  const { feed: chosen, locale, format } = props as { feed: FeedFolder; locale: LocaleCode; format: keyof typeof formats }
  const site = await loadSite()
  const items = feedItems(site, chosen.kind, locale, chosen.subject)
  const { title } = chosen
  const feedPath = String(params.feed)
  const selfUrl = absoluteUrl(feedPath)
  const headers = { 'content-type': `${formats[format]}; charset=utf-8` }
  if (format === 'feed.json') {
    const json = {
      version: 'https://jsonfeed.org/version/1.1',
      title,
      home_page_url: absoluteUrl(chosen.folder),
      feed_url: selfUrl,
      language: locale,
      items: items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        summary: item.summary,
        content_html: item.contentHtml ?? item.summary,
        date_published: item.date.toISOString(),
        language: item.locale,
      })),
    }
    return new Response(JSON.stringify(json, null, 2), { headers })
  }
  const feed = new Feed({
    title,
    description: t('vi', 'site.tagline'),
    id: absoluteUrl(chosen.folder),
    link: absoluteUrl(chosen.folder),
    language: locale,
    copyright: authority.name,
    updated: items[0]?.date ?? site.builtAt,
    feedLinks: { rss: absoluteUrl(feedPath.replace(/[^/]+$/, 'feed.xml')), atom: absoluteUrl(feedPath.replace(/[^/]+$/, 'atom.xml')) },
  })
  for (const item of items)
    feed.addItem({ title: item.title, id: item.id, link: item.url, description: item.summary, content: item.contentHtml, date: item.date })
  return new Response(format === 'atom.xml' ? feed.atom1() : feed.rss2(), { headers })
}
