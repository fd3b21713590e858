import type { APIRoute, GetStaticPaths } from 'astro'
import { localeCodes, type LocaleCode } from '../../../shared/locales'
import { loadSite } from '../lib/content'
import { audioEditions, podcastPath, podcastXml } from '../lib/podcast'

// One podcast feed per language that has audio editions.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  return localeCodes
    .filter((locale) => audioEditions(site, locale).length > 0)
    .map((locale) => ({ params: { podcast: podcastPath(locale) }, props: { locale } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) =>
  new Response(podcastXml(await loadSite(), (props as { locale: LocaleCode }).locale), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
