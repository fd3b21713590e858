import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Server } from 'node:http'
import { createRequire } from 'node:module'
import { LinkChecker, LinkState } from 'linkinator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveFixture } from '../helpers/browser'
import { basePath, distDir, siteUrl } from '../helpers/dist'
import { sitemapUrls } from '../../site/integrations/previousPages'

// The built site as outside tools see it: a crawler that follows every link from the home page, and the Nu HTML
// checker (the W3C's validator) over every page.
let server: Server
let baseUrl: string

beforeAll(async () => {
  ;({ baseUrl, server } = await serveFixture(distDir, basePath))
})

afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())))

describe('the built site, checked by outside tools', () => {
  it('has no broken link a crawler can reach from the home page (linkinator)', async () => {
    const origin = new URL(baseUrl).origin
    const { links } = await new LinkChecker().check({
      path: baseUrl,
      recurse: true,
      concurrency: 20,
      // Only this site: share links, the CMS's forms and the canonical origin are other hosts.
      linksToSkip: async (link) => !link.startsWith(origin),
    })
    const broken = links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status}) on ${link.parent}`)
    expect(broken).toEqual([])
    // It reached every page the sitemap lists: no page is an orphan that only search engines could find.
    const reached = new Set(links.filter((link) => link.state === LinkState.OK).map((link) => link.url))
    const pages = readdirSync(distDir)
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .flatMap((name) => sitemapUrls(readFileSync(path.join(distDir, name), 'utf8')))
      .map((url) => url.replace(`${siteUrl}${basePath}`, baseUrl))
    expect(pages.length).toBeGreaterThan(50)
    expect(pages.filter((url) => !reached.has(url))).toEqual([])
  }, 240_000)

  it('has no error the Nu HTML checker finds on any page (vnu-jar)', () => {
    const java = spawnSync('java', ['-version'])
    if (java.error) throw new Error('Java is not installed: the Nu HTML checker needs it (`apt-get install -y default-jre-headless`; .ci/run does).')
    const jar = String(createRequire(import.meta.url)('vnu-jar'))
    expect(existsSync(jar)).toBe(true)
    const checked = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', distDir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const { messages } = JSON.parse(checked.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] }
    const errors = messages.map((message) => `${message.url.replace(`file:${distDir}`, '')}: ${message.message} ${message.extract ?? ''}`.trim())
    expect(errors).toEqual([])
  }, 240_000)
})
