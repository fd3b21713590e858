/** Where the site is published: `SITE_URL` (origin) and `BASE_PATH` (e.g. /truyen-thong-chinh-sach/ inside the provincial portal). */
export const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:4321'

/** The base path, always with leading and trailing slashes ("/" when unset). */
export const siteBase = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')

/** A path inside the site, with the base path in front: url('du-thao/') → "/truyen-thong-chinh-sach/du-thao/". */
export function url(path = ''): string {
  return `${siteBase}${path.replace(/^\/+/, '')}`
}

/** The absolute URL of a path inside the site, for canonical links, feeds and share cards. */
export function absoluteUrl(path = ''): string {
  return new URL(url(path), siteUrl).href
}
