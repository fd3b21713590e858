import { parse } from 'node-html-parser'
import { siteRoot } from '../../shared/siteAddress'
import { settings } from '../../shared/settings'
import type { PreviewItem } from '../../site/src/lib/previewItem'
import type { RenderedPage } from '../../site/publish/keptRenderer'

/** The address of the preview page's script: tells the admin it is ready, and shows each change it is sent. */
export const previewScriptPath = '/api/xem-truoc-lam-moi.js'

/** Renders the page with the site builder (site/publish/siteRebuilder.ts, `POST /preview` beside its rebuild hook). */
export async function renderWithSiteBuilder(sitePath: string, preview: PreviewItem): Promise<RenderedPage> {
  const { REBUILD_WEBHOOK_URL: hook, REBUILD_WEBHOOK_TOKEN: token } = settings()
  if (!hook) return { status: 503, html: '' }
  const response = await fetch(new URL('preview', hook), {
    method: 'POST',
    headers: { authorization: `Bearer ${token ?? ''}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sitePath, preview }),
    signal: AbortSignal.timeout(30_000),
  })
  return { status: response.status, html: await response.text() }
}

/**
 * The site's page made into a private preview: marked as such and never indexed; the site's own scripts and policy
 * left out (they are for the public address); its images, fonts and links pointing at the public site; and the
 * preview's script, which shows each change the admin sends.
 */
export function asPreviewPage(html: string): string {
  const page = parse(html)
  for (const element of page.querySelectorAll('script, meta[http-equiv="content-security-policy"]')) element.remove()
  const siteOrigin = new URL(siteRoot).origin
  for (const element of page.querySelectorAll('[href], [src], [srcset], [action], [poster]'))
    for (const name of ['href', 'src', 'srcset', 'action', 'poster']) {
      const value = element.getAttribute(name)
      if (value) element.setAttribute(name, value.replace(/(^|,\s*)\/(?!\/)/g, `$1${siteOrigin}/`))
    }
  page
    .querySelector('head')
    ?.insertAdjacentHTML(
      'afterbegin',
      `<meta name="robots" content="noindex, nofollow"><base target="_blank"><script src="${previewScriptPath}" defer></script>`,
    )
  page
    .querySelector('body')
    ?.insertAdjacentHTML(
      'afterbegin',
      '<p role="status" data-preview-banner style="margin:0;padding:.5rem 1rem;background:#fff4ce;color:#3b2f00;border-bottom:2px solid #8a6d00;font:600 1rem/1.4 system-ui,sans-serif">Bản xem trước, chưa xuất bản: chỉ người soạn và người duyệt thấy trang này.</p>',
    )
  return page.toString()
}

/** The preview page's script (served at previewScriptPath): same origin as the admin that frames it. */
export const previewScript = `// Tells the admin the preview is ready, then shows what the editor types (sent by the admin as they type) and
// what they save, by asking the CMS for the page again.
(() => {
  const admin = window.parent
  if (admin === window) return
  let pending
  let latest = 0
  const show = async (init) => {
    const asked = ++latest
    const response = await fetch(location.href, { cache: 'no-store', credentials: 'same-origin', ...init })
    if (!response.ok || asked !== latest) return
    const next = new DOMParser().parseFromString(await response.text(), 'text/html')
    document.title = next.title
    document.body.replaceWith(document.adoptNode(next.body))
    document.documentElement.dataset.previewShownAt = String(Date.now())
  }
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== admin || !event.data) return
    if (event.data.type === 'payload-document-event') return void show()
    if (event.data.type !== 'payload-live-preview' || !event.data.data) return
    clearTimeout(pending)
    const body = JSON.stringify({ data: event.data.data })
    pending = setTimeout(() => void show({ method: 'POST', headers: { 'content-type': 'application/json' }, body }), 150)
  })
  admin.postMessage({ type: 'payload-live-preview', ready: true }, location.origin)
})()
`
