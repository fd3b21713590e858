import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { msUntilLocalMidnight } from '../shared/localDay'
import type { SiteBuildStatus } from '../shared/siteBuildStatus'
import { publishSite } from './publishSite'

type Options = {
  liveDir: string
  env: NodeJS.ProcessEnv
  /** Where the build state is recorded for the admin dashboard. */
  statusFile: string
  /** Writes a fresh published snapshot before each rebuild. */
  exportSnapshot: () => Promise<void>
}

/**
 * Keeps the live site in step with the CMS: one rebuild at a time (a request during a build runs once more
 * afterwards), the state recorded for editors, a failed build leaving the live site as it was, and a nightly
 * rebuild just after midnight in Vietnam so statuses and days left follow the date.
 */
export function siteRebuilder({ liveDir, env, statusFile, exportSnapshot }: Options) {
  const status: SiteBuildStatus = { isPending: false }
  const save = (change: Partial<SiteBuildStatus>) => writeFile(statusFile, JSON.stringify(Object.assign(status, change), null, 2))
  let rebuilding: Promise<void> | undefined
  let isRequestedAgain = false

  /** Builds and switches to a new release from the current snapshot. */
  async function publish(reason: string): Promise<void> {
    await save({ buildingSince: new Date().toISOString(), isPending: false })
    await publishSite(liveDir, env)
    await save({ buildingSince: undefined, lastSuccessAt: new Date().toISOString(), lastReason: reason })
  }

  /** Exports the snapshot and publishes, coalescing requests that arrive during a build. */
  function rebuild(reason: string): Promise<void> {
    if (rebuilding) {
      isRequestedAgain = true
      void save({ isPending: true })
      return rebuilding
    }
    rebuilding = (async () => {
      try {
        await exportSnapshot()
        await publish(reason)
        console.log(`Đã dựng lại trang công khai (${reason}).`)
      } catch (error) {
        await save({ buildingSince: undefined, lastError: { at: new Date().toISOString(), message: error instanceof Error ? error.message : String(error) } })
        console.error(`Dựng lại trang công khai không thành công (${reason}); trang đang chạy giữ nguyên.`, error)
      } finally {
        rebuilding = undefined
        if (isRequestedAgain) {
          isRequestedAgain = false
          void rebuild('yêu cầu trong lúc đang dựng')
        }
      }
    })()
    return rebuilding
  }

  function scheduleNightly() {
    setTimeout(() => void rebuild('hằng đêm').then(scheduleNightly), msUntilLocalMidnight() + 30_000)
  }

  return { publish, rebuild, scheduleNightly }
}

/**
 * Listens on loopback for the CMS's rebuild webhook (POST /rebuild with a bearer token) and returns the URL and
 * token to give the CMS.
 */
export async function listenForRebuildRequests(onRequest: (reason: string) => void): Promise<{ url: string; token: string }> {
  const token = randomBytes(24).toString('hex')
  const server = createServer((request, response) => {
    const isAllowed = request.method === 'POST' && request.url === '/rebuild' && request.headers.authorization === `Bearer ${token}`
    response.writeHead(isAllowed ? 202 : 403).end()
    if (isAllowed) onRequest('xuất bản')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/rebuild`, token }
}
