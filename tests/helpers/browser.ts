import axe from 'axe-core'
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { serveSite } from '../../site/publish/serve'
import { freePort } from './freePort'

const chromiumPath = '/usr/bin/chromium'

/** Debian's Chromium, headless, with the flags this closed network needs; fails loudly when it is not installed. */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: run \`apt-get install -y chromium\` (CI's .ci/run does). Browser tests do not pass without it.`,
    )
  }
  // Playwright gives every launch a fresh, temporary user-data-dir of its own.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return { browser, close: () => browser.close() }
}

/** Serves the built fixture site on 127.0.0.1 and a free port; returns its base URL. */
export async function serveFixture(distDir: string, basePath: string): Promise<{ baseUrl: string; server: Server }> {
  const port = await freePort()
  const server = await serveSite(distDir, port, '127.0.0.1', basePath)
  return { baseUrl: `http://127.0.0.1:${port}${basePath}`, server }
}

/** WCAG 2.2 AA as axe-core checks it. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Runs axe-core on the page and returns its violations (rule id, impact, where). */
export async function axeViolations(page: Page) {
  // Evaluated, not added as a <script>: the site's Content-Security-Policy refuses inline scripts it did not write.
  await page.evaluate(axe.source)
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }))
  }, wcagTags)
}

/**
 * Registers hooks that start Chromium and serve the built fixture site for the file's tests, and stop both
 * afterwards; read `browser` and `baseUrl` from the returned object inside tests.
 */
export function useFixtureSite(distDir: string, basePath: string): { browser: Browser; baseUrl: string } {
  const fixture = {} as { browser: Browser; baseUrl: string; close?: () => Promise<void>; server?: Server }
  beforeAll(async () => {
    const launched = await launchChromium()
    fixture.browser = launched.browser
    fixture.close = launched.close
    const served = await serveFixture(distDir, basePath)
    fixture.baseUrl = served.baseUrl
    fixture.server = served.server
  })
  afterAll(async () => {
    await fixture.close?.()
    fixture.server?.close()
  })
  return fixture
}
