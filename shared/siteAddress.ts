/** Where the public site is published: `SITE_URL` (origin) and `BASE_PATH` (e.g. /truyen-thong-chinh-sach/ inside the provincial portal). */
export const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:4321'

/** The base path, always with leading and trailing slashes ("/" when unset). */
export const siteBase = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')

/** The absolute URL of the site's base, ending in "/": the CMS uses it to answer for the site (oEmbed). */
export const siteRoot = new URL(siteBase, siteUrl).href
