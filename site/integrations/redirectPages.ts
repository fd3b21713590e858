import type { AstroIntegration } from 'astro'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { escape as escapeHtml } from 'html-escaper'
import { absoluteUrl, url } from '../src/lib/deployment'
import { formerAddresses } from '../src/lib/formerAddresses'
import { buildSnapshotContent } from '../src/lib/snapshotContent'

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
        const moves = formerAddresses(await buildSnapshotContent())
        const out = new URL('.', dir).pathname
        for (const move of moves) {
          const target = url(move.to)
          const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang đã chuyển: ${escapeHtml(move.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absoluteUrl(move.to))}">
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
</head>
<body>
<main>
<h1>Trang đã chuyển</h1>
<p>Trang này nay ở địa chỉ mới: <a href="${escapeHtml(target)}">${escapeHtml(move.title)}</a>.</p>
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
