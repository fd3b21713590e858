import ical, { ICalCalendarMethod } from 'ical-generator'
import { localDay } from '../../../shared/localDay'
import type { Site } from './content'
import { absoluteUrl, siteUrl } from './deployment'
import { about, type FeedFolder } from './feedItems'
import { paths } from './paths'

const host = new URL(siteUrl).host

/** The file name of a feed folder's calendar ("lịch"). */
export const calendarName = 'lich.ics'

type CalendarEvent = { uid: string; summary: string; url: string; updatedAt: string } & ({ day: string } | { startsAt: string; location?: string })

/** A consultation's opening and closing days, and press briefings, of the whole site or of one agency or topic. */
export function calendarEvents(site: Site, feed: FeedFolder): CalendarEvent[] {
  // Every one of the subject's, not only the newest that its feed carries.
  const drafts = site.drafts.filter(
    (draft) => draft.editions.vi && about(feed.subject, { agencyId: draft.draftingAgencyId, topicIds: draft.topicIds, documentTypeId: draft.documentTypeId }),
  )
  const briefings = site.pressBriefings.filter((briefing) => briefing.editions.vi && about(feed.subject, briefing))
  return [
    // UIDs come from the documents' IDs: a calendar program that reads the feed again updates the event it has.
    ...drafts.flatMap((draft) => {
      const title = draft.editions.vi!.title
      const url = absoluteUrl(paths.draft(draft.slug))
      return [
        { uid: `${draft.id}-mo@${host}`, summary: `Bắt đầu lấy ý kiến: ${title}`, day: localDay(draft.opensAt), url, updatedAt: draft.updatedAt },
        { uid: `${draft.id}-dong@${host}`, summary: `Hạn cuối góp ý: ${title}`, day: localDay(draft.closesAt), url, updatedAt: draft.updatedAt },
      ]
    }),
    ...briefings.map((briefing) => ({
      uid: `${briefing.id}@${host}`,
      summary: briefing.editions.vi!.title,
      startsAt: briefing.heldAt,
      location: briefing.editions.vi!.location,
      url: absoluteUrl(paths.pressBriefing(briefing.slug)),
      updatedAt: briefing.updatedAt,
    })),
  ]
}

/** The events as an iCalendar file (RFC 5545). Stamped with each document's last change, so a rebuild changes nothing. */
export function calendarFile(site: Site, feed: FeedFolder): string {
  const calendar = ical({
    name: feed.title,
    method: ICalCalendarMethod.PUBLISH,
    timezone: null,
    prodId: { company: host, product: 'truyen-thong-chinh-sach', language: 'VI' },
  })
  for (const event of calendarEvents(site, feed))
    calendar.createEvent({
      id: event.uid,
      summary: event.summary,
      url: event.url,
      description: event.url,
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      ...('day' in event ? { start: new Date(`${event.day}T00:00:00Z`), allDay: true } : { start: new Date(event.startsAt), location: event.location ?? null }),
    })
  return calendar.toString()
}
