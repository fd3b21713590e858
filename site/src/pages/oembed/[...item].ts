import type { APIRoute, GetStaticPaths } from 'astro'
import { itemPath, oembedResponse } from '../../../../shared/oembed'
import { loadSite } from '../../lib/content'
import { absoluteUrl } from '../../lib/deployment'
import { type EmbedEntry, embedItems } from '../../lib/embedItems'

// A static oEmbed 1.0 response per item, found through the <link rel="alternate" type="application/json+oembed"> of its page.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  return embedItems(site).map((item) => ({ params: { item: `${itemPath(item).replace(/\/$/, '')}.json` }, props: { item } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => {
  const { item } = props as { item: EmbedEntry }
  return new Response(JSON.stringify(oembedResponse(item, absoluteUrl(''))), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
