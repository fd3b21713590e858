import { readFile, statfs } from 'node:fs/promises'
import path from 'node:path'
import type { Endpoint } from 'payload'
import { backupsIn } from '../backup/backupFiles'
import { dataDir } from '../config/paths'
import { snapshotDir } from '../snapshot/exportSnapshot'
import { readSiteBuildStatus } from '../status/siteBuildStatus'
import { settings } from '../../shared/settings'

const seconds = (from: string | undefined, now: number) => (from ? Math.round((now - Date.parse(from)) / 1000) : null)

/**
 * `GET /api/health`, for monitors: whether the database answers (and how fast), how old the published snapshot is,
 * the last site build and whether it failed, how many scheduled jobs wait, and the disk space left where data lives.
 * 200 when the database answers, 503 when it does not. Error texts are shown to signed-in staff only.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const now = Date.now()
    const started = performance.now()
    const database = await req.payload.count({ collection: 'agencies', overrideAccess: true }).then(
      () => ({ ok: true, ms: Math.round(performance.now() - started) }),
      () => ({ ok: false, ms: Math.round(performance.now() - started) }),
    )
    const manifest = await readFile(path.join(snapshotDir, 'manifest.json'), 'utf8').then(
      (text) => JSON.parse(text) as { exportedAt?: string },
      () => undefined,
    )
    const site = await readSiteBuildStatus(req.payload).catch(() => undefined)
    const hasNewerError = Boolean(site?.lastError && (!site.lastSuccessAt || site.lastError.at > site.lastSuccessAt))
    const jobs = await req.payload
      .count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] }, overrideAccess: true })
      .then(
        (result) => result.totalDocs,
        () => null,
      )
    const { BACKUP_DIR } = settings()
    const lastBackup = BACKUP_DIR ? ((await backupsIn(BACKUP_DIR))[0]?.at ?? null) : undefined
    const disk = await statfs(dataDir).then(
      (stats) => ({ freeBytes: stats.bavail * stats.bsize }),
      () => null,
    )
    const body = {
      status: !database.ok ? 'down' : hasNewerError ? 'degraded' : 'ok',
      database,
      snapshot: { exportedAt: manifest?.exportedAt ?? null, ageSeconds: seconds(manifest?.exportedAt, now) },
      site: site
        ? {
            lastSuccessAt: site.lastSuccessAt ?? null,
            isBuilding: Boolean(site.buildingSince),
            isPending: site.isPending,
            lastError: hasNewerError && site.lastError ? { at: site.lastError.at, ...(req.user ? { message: site.lastError.message } : {}) } : null,
          }
        : null,
      jobsWaiting: jobs,
      // Only where npm start makes nightly backups (BACKUP_DIR): how old the newest one is.
      ...(lastBackup === undefined
        ? {}
        : {
            backup: { lastAt: lastBackup ? new Date(lastBackup).toISOString() : null, ageSeconds: lastBackup ? Math.round((now - lastBackup) / 1000) : null },
          }),
      disk,
    }
    return Response.json(body, { status: database.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
  },
}
