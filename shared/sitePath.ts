/**
 * A path inside the public site as editors may type it ("/co-quan/so-y-te", a full address, with %-escapes) written
 * one way: no origin, no leading slash, decoded, ending in a slash ("co-quan/so-y-te/"). The base path is the site's
 * concern, not the editor's, so an address with it is read without it.
 */
/** Whether a path (as `sitePath` writes it) names a page inside the site: plain segments, none starting with a dot ("..", hidden files). */
export const isSitePath = (path: string) => /^([a-z0-9][a-z0-9._-]*\/)+$/i.test(path)

export function sitePath(input: string, basePath = '/'): string {
  let path = input.trim()
  try {
    path = new URL(path).pathname
  } catch {
    // Not a full address: a path already.
  }
  path = path.split(/[?#]/)[0]!
  try {
    path = decodeURIComponent(path)
  } catch {
    // A broken %-escape stays as typed, and isSitePath refuses it.
  }
  if (basePath !== '/' && path.startsWith(basePath)) path = path.slice(basePath.length)
  path = path.replace(/^\/+/, '').replace(/\/+$/, '')
  return path === '' ? '' : `${path}/`
}
