import { siteBase, siteUrl } from '../../../shared/siteAddress'
import { settings } from '../../../shared/settings'

export { siteBase, siteUrl }

/** A path inside the site, with the base path in front: url('du-thao/') → "/truyen-thong-chinh-sach/du-thao/". */
export function url(path = ''): string {
  return `${siteBase}${path.replace(/^\/+/, '')}`
}

/** The absolute URL of a path inside the site, for canonical links, feeds and share cards. */
export function absoluteUrl(path = ''): string {
  return new URL(url(path), siteUrl).href
}

/** The CMS as citizens' browsers reach it (`CMS_PUBLIC_URL`): the comment form posts to its /api/comments. */
export const cmsPublicUrl = settings().CMS_PUBLIC_URL.replace(/\/+$/, '')
