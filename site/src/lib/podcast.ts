import { escape } from 'html-escaper'
import { type LocaleCode, locales } from '../../../shared/locales'
import type { SnapshotFile } from '../../../shared/snapshot'
import { authority } from './authority'
import { absoluteUrl } from './deployment'
import { feedTitle } from './feedItems'
import { paths } from './paths'
import type { Site } from './site'

/** The podcast feed of one language's audio editions, beside the explainers: bai-giai-thich/am-thanh.xml (vi), en/bai-giai-thich/am-thanh.xml… */
export const podcastPath = (locale: LocaleCode) => `${locale === 'vi' ? '' : `${locale}/`}${paths.explainers()}am-thanh.xml`

/** Its cover: Apple Podcasts and others ask for a square image of 1,400 to 3,000 pixels. */
export const podcastArtworkPath = 'icon-1400.png'

export type AudioEdition = { id: string; title: string; summary: string; page: string; transcript: string; audio: SnapshotFile; date: Date; agency: string }

/** Every explainer edition in `locale` that has a recording, newest first. */
export function audioEditions(site: Site, locale: LocaleCode): AudioEdition[] {
  return site.explainers
    .flatMap((explainer) => {
      const edition = explainer.editions[locale]
      if (!edition?.audio) return []
      const page = absoluteUrl(paths.explainer(explainer.slug, locale))
      return [
        {
          id: `${explainer.id}-${locale}-${edition.audio.id}`,
          title: edition.title,
          summary: edition.lead,
          page,
          transcript: edition.radioScript ?? edition.lead,
          audio: edition.audio,
          date: new Date(explainer.updatedAt),
          agency: site.agency(explainer.agencyId).name,
        },
      ]
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime())
}

/**
 * RSS 2.0 with enclosures and the iTunes tags podcast apps read, and Podcasting 2.0's transcript link: what commune
 * radio and IP loudspeaker systems pull new recordings from. Each item's transcript is its radio script on the page.
 */
export function podcastXml(site: Site, locale: LocaleCode): string {
  const language = locales.find((each) => each.code === locale)!
  const items = audioEditions(site, locale)
  const title = feedTitle(`bản nghe${locale === 'vi' ? '' : ` (${language.label.toLowerCase()})`}`)
  const description = `Bản nghe các bài giải thích chính sách của ${authority.name}, để đài truyền thanh xã và loa truyền thanh thông minh tiếp sóng.`
  const item = (edition: AudioEdition) => `    <item>
      <title>${escape(edition.title)}</title>
      <link>${escape(edition.page)}</link>
      <guid isPermaLink="false">${escape(edition.id)}</guid>
      <pubDate>${edition.date.toUTCString()}</pubDate>
      <description>${escape(edition.summary)}</description>
      <content:encoded>${escape(`<p>${escape(edition.transcript)}</p>`)}</content:encoded>
      <enclosure url="${escape(absoluteUrl(paths.file(edition.audio.path)))}" length="${edition.audio.bytes}" type="${escape(edition.audio.mimeType)}"/>
      <itunes:author>${escape(edition.agency)}</itunes:author>
      <itunes:summary>${escape(edition.summary)}</itunes:summary>
      <itunes:explicit>false</itunes:explicit>
      <podcast:transcript url="${escape(`${edition.page}#kich-ban-phat-thanh`)}" type="text/html" language="${locale}"/>
    </item>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>${escape(title)}</title>
    <link>${escape(absoluteUrl(paths.explainers()))}</link>
    <atom:link href="${escape(absoluteUrl(podcastPath(locale)))}" rel="self" type="application/rss+xml"/>
    <description>${escape(description)}</description>
    <language>${locale}</language>
    <copyright>${escape(authority.name)}</copyright>
    <lastBuildDate>${(items[0]?.date ?? site.builtAt).toUTCString()}</lastBuildDate>
    <itunes:author>${escape(authority.name)}</itunes:author>
    <itunes:summary>${escape(description)}</itunes:summary>
    <itunes:image href="${escape(absoluteUrl(podcastArtworkPath))}"/>
    <itunes:category text="Government"/>
    <itunes:explicit>false</itunes:explicit>
    <itunes:type>episodic</itunes:type>
${items.map(item).join('\n')}
  </channel>
</rss>
`
}
