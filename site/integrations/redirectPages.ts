import type { AstroIntegration } from 'astro'
import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { escape as escapeHtml } from 'html-escaper'
import { absoluteUrl, url } from '../src/lib/deployment'
import { formerAddresses } from '../src/lib/formerAddresses'
import { buildSnapshotContent } from '../src/lib/snapshotContent'
import { settings } from '../../shared/settings'
import { isSitePath } from '../../shared/sitePath'

/** What every redirect page says, so that a later build can tell one from a page. */
const redirectMark = '<meta name="ttcs-redirect" content="1">'

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

/**
 * Old addresses keep working: for every renamed page a small page at its old address that sends the reader on (meta
 * refresh, a link without JavaScript, rel=canonical, noindex), and the same moves as a map a web server can load
 * (`redirects.map`, one "old new;" line each, for nginx's `map`). Written after the pages, outside Astro's routes, so
 * that the sitemap and the search index never list an old address.
 */
export function redirectPages(): AstroIntegration {
  return {
    name: 'ttcs-redirect-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = new URL('.', dir).pathname
        // A targeted rebuild renders only some pages; the others are the live release's, which it keeps.
        const releases = [out, settings().SITE_PREVIOUS_RELEASE].filter((folder): folder is string => Boolean(folder))
        const isPage = async (sitePath: string) => {
          const found = await Promise.all(releases.map((folder) => exists(path.join(folder, sitePath, 'index.html'))))
          return found.includes(true)
        }
        // An old address covers a page if a page other than one of these redirect pages is there.
        const coversPage = async (sitePath: string) => {
          for (const folder of releases) {
            const html = await readFile(path.join(folder, sitePath, 'index.html'), 'utf8').catch(() => undefined)
            if (html !== undefined && !html.includes(redirectMark)) return true
          }
          return false
        }
        // A move must lead to a page of this build (directly or through other moves, without a loop) and must not
        // cover one: an editor's redirect from a live page, or to one that is gone, is left out and logged.
        const all = formerAddresses(await buildSnapshotContent())
        const next = new Map(all.map((move) => [move.from, move.to]))
        const moves = []
        for (const move of all) {
          // Follow a chain of moves to its end, so a reader is sent on once.
          let to = move.to
          const seen = new Set([move.from])
          while (next.has(to) && !seen.has(to)) {
            seen.add(to)
            to = next.get(to)!
          }
          if (!isSitePath(move.from) || !isSitePath(to)) logger.warn(`redirect from ${move.from} left out: not a path inside the site`)
          else if (await coversPage(move.from)) logger.warn(`redirect from ${move.from} left out: a page is there`)
          else if (!(await isPage(to))) logger.warn(`redirect from ${move.from} left out: ${move.to} is not a page of the site`)
          else moves.push({ ...move, to })
        }
        for (const move of moves) {
          const target = url(move.to)
          const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang đã chuyển${move.title ? `: ${escapeHtml(move.title)}` : ''}</title>
<meta name="robots" content="noindex">
${redirectMark}
<link rel="canonical" href="${escapeHtml(absoluteUrl(move.to))}">
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
</head>
<body>
<main>
<h1>Trang đã chuyển</h1>
<p>Trang này nay ở địa chỉ mới: <a href="${escapeHtml(target)}">${escapeHtml(move.title ?? absoluteUrl(move.to))}</a>.</p>
</main>
</body>
</html>
`
          await mkdir(path.join(out, move.from), { recursive: true })
          await writeFile(path.join(out, move.from, 'index.html'), html)
        }
        await writeFile(path.join(out, 'redirects.map'), moves.map((move) => `${url(move.from)} ${url(move.to)};\n`).join(''))
        logger.info(`${moves.length} old addresses redirected`)
      },
    },
  }
}
