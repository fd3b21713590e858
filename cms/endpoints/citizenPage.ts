/**
 * A small page the CMS itself shows a citizen (a refused comment, an alert subscription's steps): Vietnamese,
 * readable on a phone, with no script and nothing loaded from elsewhere. `body` is HTML the caller has escaped.
 */
export function citizenPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title>
<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#0b3d6b}a{color:#0b4f8a}button{font:inherit;padding:.5rem 1rem;margin:.25rem 0}li{margin:.5rem 0}</style></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`
}
