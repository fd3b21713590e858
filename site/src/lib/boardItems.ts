import QRCode from 'qrcode'
import { daysLeft } from '../../../shared/consultationStatus'
import type { Site } from './content'
import { absoluteUrl } from './deployment'
import { paths } from './paths'

export type BoardItem = {
  kind: string
  title: string
  text: string
  url: string
  qrSvg: string
  closesAt?: string
  opensAt?: string
  daysLeft?: number
  heldAt?: string
}

/**
 * What a public e-bulletin board shows, for the whole province or one agency: consultations open now (with
 * days left), the latest explainers and the coming press briefings, each with a QR code to its page.
 */
export async function boardItems(site: Site, agencyId?: string): Promise<BoardItem[]> {
  const mine = (id: string) => !agencyId || id === agencyId
  const qr = (url: string) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
  const open = site.drafts.filter((draft) => site.statusOf(draft) === 'open' && mine(draft.draftingAgencyId))
  const explainers = site.explainers.filter((explainer) => mine(explainer.agencyId)).slice(0, 6)
  const briefings = site.pressBriefings.filter((briefing) => new Date(briefing.heldAt) >= site.builtAt && mine(briefing.agencyId))
  const items: Omit<BoardItem, 'qrSvg'>[] = [
    ...open.map((draft) => ({
      kind: 'Đang lấy ý kiến',
      title: draft.editions.vi.title,
      text: draft.editions.vi.summary,
      url: absoluteUrl(paths.draft(draft.slug)),
      opensAt: draft.opensAt,
      closesAt: draft.closesAt,
      daysLeft: daysLeft(draft.closesAt, site.builtAt),
    })),
    ...briefings.map((briefing) => ({
      kind: 'Họp báo sắp tới',
      title: briefing.editions.vi.title,
      text: briefing.editions.vi.summary,
      url: absoluteUrl(paths.pressBriefing(briefing.slug)),
      heldAt: briefing.heldAt,
    })),
    ...explainers.map((explainer) => ({
      kind: 'Chính sách dễ hiểu',
      title: explainer.editions.vi.title,
      text: explainer.editions.vi.lead,
      url: absoluteUrl(paths.explainer(explainer.slug)),
    })),
  ]
  return Promise.all(items.map(async (item) => ({ ...item, qrSvg: await qr(item.url) })))
}
