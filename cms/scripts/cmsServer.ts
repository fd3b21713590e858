// The admin server process that `npm start` and `npm run serve:cms` both run: the admin built when its sources
// changed, then Next behind our HTTP front (cms/server/), until it exits.
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { adminBuildIsCurrent, recordAdminBuild } from './adminBuild'
import { settings } from '../../shared/settings'

const cmsDir = path.resolve('cms')

/**
 * Next builds and serves only in production mode; a development NODE_ENV breaks its prerendering. The deployment's
 * own setting goes on as TTCS_ENV (cms/config/environment.ts). Nothing phones home: Next's telemetry is off.
 */
export const nextEnvironment = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  TTCS_ENV: settings().NODE_ENV ?? 'development',
  NEXT_TELEMETRY_DISABLED: '1',
})

/** Builds the admin (cms/.next) unless it was built from the sources as they are. */
export async function buildAdminWhenChanged(): Promise<void> {
  if (await adminBuildIsCurrent(cmsDir)) return
  console.log('Đang dựng giao diện quản trị (lần đầu mất khoảng 1–2 phút)…')
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build', cmsDir, '--webpack'], { env: nextEnvironment(), stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`))))
  })
  await recordAdminBuild(cmsDir)
}

/** Starts the admin and the API behind our HTTP front; this process ends with it and passes it SIGINT and SIGTERM. */
export function startCmsServer({ runsJobs }: { runsJobs: boolean }): ChildProcess {
  const server = spawn(process.execPath, ['--import', 'tsx', path.resolve('cms/server/index.ts')], {
    env: { ...nextEnvironment(), TTCS_RUNS_JOBS: String(runsJobs) },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
  return server
}

/** Waits until the CMS answers at `url`. */
export async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The CMS did not answer at ${url} within 60 seconds; see the log above.`)
}
