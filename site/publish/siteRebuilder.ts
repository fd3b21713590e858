import { randomBytes, timingSafeEqual } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { localDay, msUntilLocalMidnight } from '../../shared/localDay'
import type { SiteBuildStatus } from '../../shared/siteBuildStatus'
import { astroCliBuild, publishSite, type Targeted } from './publishSite'
import { rebuildScope } from './rebuildScope'
import { warmAstroBuild } from './warmAstroBuild'
import { searchDelta } from './searchDelta'
import { readSnapshotContent, type SnapshotContent } from '../src/lib/snapshotContent'
import type { PreviewItem } from '../src/lib/previewItem'
import type { RenderedPage } from './keptRenderer'
import { logsAsJson, settings } from '../../shared/settings'

const fullRebuildWhenQuietMs = settings().SITE_FULL_REBUILD_WHEN_QUIET_MS

type Options = {
  liveDir: string
  env: NodeJS.ProcessEnv
  /** Where the build state is also kept on this machine (the CMS keeps the copy every dashboard reads). */
  statusFile: string
  /** Sends the build state to the CMS, which keeps it in the database for every instance's dashboard. */
  reportStatus?: (status: SiteBuildStatus) => Promise<void>
  /** Writes a fresh published snapshot before each rebuild. */
  exportSnapshot: () => Promise<void>
}

/** One JSON line per rebuild (with LOG_REQUESTS, as for requests), naming the requests whose saves asked for it. */
function logRebuild(fields: Record<string, unknown>): void {
  if (logsAsJson()) console.log(JSON.stringify({ time: new Date().toISOString(), msg: 'site-rebuild', ...fields }))
}

/**
 * Keeps the live site in step with the CMS: one rebuild at a time (a request during a build runs once more
 * afterwards), the state recorded for editors, a failed build leaving the live site as it was, and a nightly
 * rebuild just after midnight in Vietnam so statuses and days left follow the date.
 *
 * After a publish it renders only what changed (rebuildScope) when it knows what the live site was built from
 * and the day has not turned since; otherwise, and when asked for a full rebuild, it builds everything.
 */
export function siteRebuilder({ liveDir, env, statusFile, reportStatus, exportSnapshot }: Options) {
  const status: SiteBuildStatus = { isPending: false }
  // Reports go one after another, so the CMS never ends on an older state; one it cannot take is logged, and the
  // next report carries the whole state again.
  let reported: Promise<void> = Promise.resolve()
  const save = async (change: Partial<SiteBuildStatus>) => {
    Object.assign(status, change)
    const copy = structuredClone(status)
    reported = reported.then(() =>
      reportStatus?.(copy).catch((error: unknown) =>
        console.error(`The site's build state could not be sent to the CMS: ${error instanceof Error ? error.message : String(error)}`),
      ),
    )
    await writeFile(statusFile, JSON.stringify(status, null, 2))
  }
  let rebuilding: Promise<void> | undefined
  let requestedAgain: { reason: string; isFull: boolean; requestIds: string[] } | undefined
  /** The snapshot the live site was built from, the one its full search index was built from, and the day both were for. */
  let live: { documents: SnapshotContent; indexed: SnapshotContent; day: string } | undefined
  let quietTimer: ReturnType<typeof setTimeout> | undefined
  // Astro puts a build's renderer bundle inside its output folder only when that is under the working folder
  // (elsewhere, in one fixed place, where a warm builder would import the first build's modules again).
  const warm = liveDir.startsWith(process.cwd() + path.sep) ? warmAstroBuild(env) : undefined
  const astroBuild = warm ?? astroCliBuild(env)

  /** Builds and switches to a new release from the current snapshot: everything, or only what changed. */
  async function publish(
    reason: string,
    {
      documents,
      targeted,
      exportMs,
      requestIds = [],
      snapshotAt,
    }: { documents?: SnapshotContent; targeted?: Targeted; exportMs?: number; requestIds?: string[]; snapshotAt?: Date } = {},
  ): Promise<void> {
    const started = Date.now()
    await save({ buildingSince: new Date(started).toISOString(), isPending: false })
    documents ??= await readSnapshotContent()
    const published = await publishSite(liveDir, { astroBuild, targeted })
    // A targeted rebuild happens only on the day the live site was built for, so the day stays right.
    live = { documents, indexed: published.isTargeted && live ? live.indexed : documents, day: localDay(new Date(started)) }
    const took = Date.now() - started
    await save({
      buildingSince: undefined,
      lastSuccessAt: new Date().toISOString(),
      // Unknown for a first build from a snapshot taken elsewhere: the admin then waits for the next rebuild.
      liveAsOf: snapshotAt?.toISOString() ?? status.liveAsOf,
      lastReason: reason,
      lastDurationMs: took,
      lastWasTargeted: published.isTargeted,
    })
    const kind = published.isTargeted ? 'chỉ phần thay đổi' : published.fullBecause ? `toàn bộ, vì ${published.fullBecause}` : 'toàn bộ'
    // Targeted rebuilds leave a search delta (ranked apart) and older assets behind: once editors have been quiet
    // for a while, everything is built afresh.
    clearTimeout(quietTimer)
    if (published.isTargeted) quietTimer = setTimeout(() => void rebuild('sau khi ngừng xuất bản', { isFull: true }), fullRebuildWhenQuietMs)
    const exported = exportMs === undefined ? '' : ` sau ${(exportMs / 1000).toFixed(1)} giây xuất dữ liệu`
    console.log(`Đã dựng lại trang công khai (${reason}; ${kind}) trong ${(took / 1000).toFixed(1)} giây${exported}.`)
    logRebuild({ reason, requestIds, ok: true, targeted: published.isTargeted, fullBecause: published.fullBecause, ms: took, exportMs })
  }

  /** What to render after a change: only what changed when the live site allows it, else everything (undefined). */
  function targetFor(next: SnapshotContent): Targeted | 'unchanged' | undefined {
    if (!live || live.day !== localDay(new Date())) return undefined
    const change = rebuildScope(live.documents, next)
    if ('isUnchanged' in change) return 'unchanged'
    if ('fullBecause' in change) {
      console.log(`Dựng lại toàn bộ trang công khai: ${change.fullBecause}.`)
      return undefined
    }
    return { scope: change.scope, searchDelta: searchDelta(live.indexed, next) }
  }

  /** Exports the snapshot and publishes what changed (or everything), coalescing requests that arrive during a build. */
  function rebuild(reason: string, { isFull = false, requestIds = [] as string[] } = {}): Promise<void> {
    if (rebuilding) {
      requestedAgain = {
        reason: requestedAgain?.reason ?? reason,
        isFull: isFull || Boolean(requestedAgain?.isFull),
        requestIds: [...(requestedAgain?.requestIds ?? []), ...requestIds],
      }
      void save({ isPending: true })
      return rebuilding
    }
    rebuilding = (async () => {
      try {
        const exportStarted = new Date()
        await exportSnapshot()
        const exportMs = Date.now() - exportStarted.getTime()
        const next = await readSnapshotContent()
        const target = isFull ? undefined : targetFor(next)
        if (target === 'unchanged') {
          await save({ liveAsOf: exportStarted.toISOString() })
          logRebuild({ reason, requestIds, ok: true, unchanged: true, exportMs })
          return console.log(`Trang công khai không có gì thay đổi (${reason}).`)
        }
        await publish(reason, { documents: next, targeted: target, exportMs, requestIds, snapshotAt: exportStarted })
      } catch (error) {
        await save({ buildingSince: undefined, lastError: { at: new Date().toISOString(), message: error instanceof Error ? error.message : String(error) } })
        console.error(`Dựng lại trang công khai không thành công (${reason}); trang đang chạy giữ nguyên.`, error)
        logRebuild({ reason, requestIds, ok: false, error: error instanceof Error ? error.message : String(error) })
      } finally {
        rebuilding = undefined
        const again = requestedAgain
        requestedAgain = undefined
        if (again) void rebuild(`${again.reason}, yêu cầu trong lúc đang dựng`, { isFull: again.isFull, requestIds: again.requestIds })
      }
    })()
    return rebuilding
  }

  function scheduleNightly() {
    setTimeout(() => void rebuild('hằng đêm', { isFull: true }).then(scheduleNightly), msUntilLocalMidnight() + 30_000)
  }

  /** Lets the long-lived builder go (for tests and tools; `npm start` ends with its process). */
  const stop = () => {
    clearTimeout(quietTimer)
    warm?.stop()
  }

  /** Renders a page with one unpublished document in it, for the admin's live preview (the warm builder only). */
  async function preview(sitePath: string, item: PreviewItem): Promise<RenderedPage> {
    if (!warm) return { status: 503, html: 'xem trước cần thư mục trang công khai (SITE_OUT_DIR) nằm trong thư mục làm việc' }
    return warm.preview(sitePath, item)
  }

  return { publish, rebuild, preview, scheduleNightly, stop }
}

/**
 * Listens on loopback for the CMS's rebuild webhook (POST /rebuild with a bearer token) and its live previews
 * (POST /preview { sitePath, preview } → the page's HTML), and returns the URL and token to give the CMS.
 */
export async function listenForRebuildRequests(
  onRequest: (reason: string, requestIds: string[]) => void,
  // By default on loopback, at a port and with a token of its own; other CMS instances reach it at an address and token given to all.
  { host = '127.0.0.1', port = 0, token = randomBytes(24).toString('hex') }: { host?: string; port?: number; token?: string } = {},
  onPreview: (sitePath: string, preview: PreviewItem) => Promise<RenderedPage> = async () => ({ status: 503, html: '' }),
): Promise<{ url: string; token: string }> {
  const server = createServer((request, response) => {
    // Compared in constant time: with REBUILD_HOOK_LISTEN the hook is reachable from other machines.
    const given = Buffer.from(request.headers.authorization ?? '')
    const expected = Buffer.from(`Bearer ${token}`)
    const route = request.url === '/rebuild' || request.url === '/preview' ? request.url : undefined
    const isAllowed = request.method === 'POST' && route !== undefined && given.length === expected.length && timingSafeEqual(given, expected)
    if (!isAllowed) {
      response.writeHead(403).end()
      request.resume()
      return
    }
    let body = ''
    const limit = route === '/preview' ? 8 * 1024 * 1024 : 64 * 1024
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body = (body + chunk).slice(0, limit)))
    request.on('end', () => {
      const parsed = (() => {
        try {
          return JSON.parse(body) as { requestIds?: unknown; sitePath?: unknown; preview?: PreviewItem }
        } catch {
          return {}
        }
      })()
      if (route === '/rebuild') {
        response.writeHead(202).end()
        const ids = Array.isArray(parsed.requestIds) ? parsed.requestIds.filter((id): id is string => typeof id === 'string') : []
        return onRequest('xuất bản', ids)
      }
      if (typeof parsed.sitePath !== 'string' || !parsed.preview) return void response.writeHead(400).end('yêu cầu xem trước không hợp lệ')
      onPreview(parsed.sitePath, parsed.preview).then(
        ({ status, html }) => response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html),
        (error: unknown) => response.writeHead(500).end(error instanceof Error ? error.message : String(error)),
      )
    })
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve))
  const address = server.address()
  return { url: `http://${host}:${typeof address === 'object' && address ? address.port : 0}/rebuild`, token }
}
