import { escape } from 'html-escaper'
/** What an embeddable item is: a draft, an explainer (in one of its languages) or a handbook chapter. */
export type EmbedItem = { kind: 'du-thao' | 'bai-giai-thich' | 'so-tay'; slug: string; locale: string; title: string; agencyName?: string }

export const embedSize = { width: 560, height: 260 }

/** The path of an item's page (inside the site's base path). */
export function itemPath(item: Pick<EmbedItem, 'kind' | 'slug' | 'locale'>): string {
  return `${item.locale === 'vi' ? '' : `${item.locale}/`}${item.kind}/${item.slug}/`
}

/** The path of an item's embed page. */
export function embedPath(item: Pick<EmbedItem, 'kind' | 'slug' | 'locale'>): string {
  return `nhung/${itemPath(item)}`
}

/** The path of an item's oEmbed JSON. */
export function oembedPath(item: Pick<EmbedItem, 'kind' | 'slug' | 'locale'>): string {
  return `oembed/${itemPath(item).replace(/\/$/, '')}.json`
}

/** The copy-paste snippet: an iframe that grows to its content through postMessage, and the tiny host script that does it. */
export function embedSnippet(item: EmbedItem, siteRoot: string, width = embedSize.width): string {
  const src = `${siteRoot}${embedPath(item)}`
  return (
    `<iframe src="${escape(src)}" title="${escape(item.title)}" width="${width}" height="${embedSize.height}" style="max-width:100%;border:0" loading="lazy" data-ttcs-embed></iframe>` +
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="ttcs-embed-height")return;document.querySelectorAll("iframe[data-ttcs-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`
  )
}

/** An oEmbed 1.0 `rich` response for an item; `siteRoot` is the absolute URL of the site's base, ending in "/". */
export function oembedResponse(item: EmbedItem, siteRoot: string, maxwidth?: number) {
  const width = Math.min(embedSize.width, maxwidth && maxwidth > 0 ? maxwidth : embedSize.width)
  return {
    version: '1.0',
    type: 'rich',
    title: item.title,
    author_name: item.agencyName,
    provider_name: 'Truyền thông chính sách',
    provider_url: siteRoot,
    cache_age: 3600,
    html: embedSnippet(item, siteRoot, width),
    width,
    height: embedSize.height,
    thumbnail_url: `${siteRoot}anh/the-${{ 'du-thao': 'du-thao', 'bai-giai-thich': 'bai', 'so-tay': 'so-tay' }[item.kind]}-${item.slug}.png`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  }
}
