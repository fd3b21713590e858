import type { APIRoute, GetStaticPaths } from 'astro'
import { calendarEvents, calendarFile, calendarName } from '../lib/calendarEvents'
import { loadSite } from '../lib/content'
import { type FeedFolder, feedFolders } from '../lib/feedItems'

// An iCalendar feed of consultation windows and press briefings for the whole site (always, so every page can point
// at it), and for each agency and topic that has any.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  return feedFolders(site)
    .filter((feed) => feed.kind === 'all' && (feed.folder === '' || calendarEvents(site, feed).length > 0))
    .map((feed) => ({ params: { calendar: `${feed.folder}${calendarName}` }, props: { feed } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) =>
  new Response(calendarFile(await loadSite(), (props as { feed: FeedFolder }).feed), { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
