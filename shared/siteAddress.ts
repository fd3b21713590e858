import { settings } from './settings'
/** Where the public site is published: `SITE_URL` (origin) and `BASE_PATH` (e.g. /truyen-thong-chinh-sach/ inside the provincial portal). */
export const siteUrl = settings().SITE_URL

/** The base path, always with leading and trailing slashes ("/" when unset). */
export const siteBase = `/${settings().BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')

/** The absolute URL of the site's base, ending in "/": the CMS uses it to answer for the site (oEmbed). */
export const siteRoot = new URL(siteBase, siteUrl).href
