import { type ChildProcess, spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { freePort } from './freePort'

export type RunningSystem = {
  /** The CMS, e.g. http://127.0.0.1:41234 */
  cms: string
  /** The public site's base URL, ending in "/". */
  site: string
  /** Everything the process printed so far. */
  output: () => string
  /** The environment `npm start` runs with (its data, snapshot and site folders). */
  env: Readonly<NodeJS.ProcessEnv>
  pid: () => number
  /** Sends a signal to `npm start` and everything it started. */
  kill: (signal: NodeJS.Signals) => void
  /** Stops `npm start` if it still runs and starts it again on the same data, ports and settings (after a crash, say). */
  restart: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * `npm start` for real, on a fresh embedded database in a temporary folder: migrations, demo content, the admin built
 * (or reused when its sources are unchanged) and served by Next on 127.0.0.1, then the public site.
 */
export async function npmStart(extraEnv: Record<string, string> = {}): Promise<RunningSystem> {
  // Under the project folder, as `dist/` is by default: only there does the site rebuilder keep a warm builder.
  await mkdir('build', { recursive: true })
  const dir = await mkdtemp(path.resolve('build', 'test-start-'))
  const port = await freePort()
  const sitePort = await freePort()
  // The test runner's own settings never leak in; what a test passes in extraEnv does.
  const inherited: NodeJS.ProcessEnv = { ...process.env }
  for (const name of ['PAYLOAD_SECRET', 'DATABASE_URI', 'SITE_URL', 'CMS_PUBLIC_URL']) delete inherited[name]
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    PORT: String(port),
    SITE_PORT: String(sitePort),
    SITE_OUT_DIR: path.join(dir, 'dist'),
    BASE_PATH: '',
    DATA_DIR: path.join(dir, 'data'),
    SNAPSHOT_DIR: path.join(dir, 'snapshot'),
    NODE_ENV: 'development',
    ...extraEnv,
  }
  let child: ChildProcess
  let output = ''

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const ready = output.length
      child = spawn(process.execPath, ['--import', 'tsx', 'cms/scripts/start.ts'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout?.on('data', (chunk) => (output += chunk))
      child.stderr?.on('data', (chunk) => (output += chunk))
      const timer = setInterval(() => {
        if (output.slice(ready).includes('Trang quản trị:')) done(resolve)
        if (child.exitCode !== null || child.signalCode !== null) done(() => reject(new Error(`npm start exited early:\n${output.slice(ready)}`)))
      }, 250)
      const done = (then: () => void) => {
        clearInterval(timer)
        then()
      }
    })

  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child?.pid) process.kill(-child.pid, signal)
    } catch (error) {
      // Gone already (killed a moment ago, say).
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
  const exited = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))

  await start()
  return {
    cms: `http://127.0.0.1:${port}`,
    site: `http://127.0.0.1:${sitePort}/`,
    output: () => output,
    env,
    pid: () => child.pid!,
    kill,
    restart: async () => {
      // Stopped first when still running, as an operator's restart does; after a kill it has exited already.
      if (child.exitCode === null && child.signalCode === null) kill('SIGTERM')
      await exited()
      await start()
    },
    stop: async () => {
      kill('SIGTERM')
      await exited()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** The demo admin that `npm start` printed once, when it made the account. */
export function demoAdmin(system: RunningSystem): { email: string; password: string } {
  const email = /Thư điện tử:\s+(\S+)/.exec(system.output())?.[1]
  const password = /Mật khẩu:\s+(\S+)/.exec(system.output())?.[1]
  if (!email || !password) throw new Error('npm start printed no demo admin (only a fresh embedded database makes one).')
  return { email, password }
}

/** Signs in over HTTP with the demo admin that `npm start` printed. */
export function signInAsDemoAdmin(system: RunningSystem): Promise<Response> {
  return fetch(`${system.cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demoAdmin(system)) })
}

/**
 * One more CMS instance beside a running `npm start` (`npm run serve:cms`): the same HTTP front and admin build on
 * another port, on the same database and settings, without a publisher of its own, as a second server behind a load
 * balancer runs. It leaves scheduled jobs to the first.
 */
export type CmsInstance = {
  cms: string
  stop: () => Promise<void>
  /** Sends a signal to the instance and everything it started (SIGKILL: a crash). */
  kill: (signal: NodeJS.Signals) => void
  /** Settles when the instance's process has exited. */
  exited: Promise<void>
}

export async function startCmsInstance(system: RunningSystem, extraEnv: Record<string, string> = {}): Promise<CmsInstance> {
  const port = extraEnv.PORT ? Number(extraEnv.PORT) : await freePort()
  const env: NodeJS.ProcessEnv = { ...system.env, PORT: String(port), PAYLOAD_JOBS_AUTORUN: 'false', ...extraEnv }
  const child = spawn(process.execPath, ['--import', 'tsx', 'cms/scripts/serveCms.ts'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 120_000
  while (!output.includes('Trang quản trị:')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The second CMS instance did not start:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
  return {
    cms: `http://127.0.0.1:${port}`,
    kill,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      kill('SIGTERM')
      await exited
    },
  }
}
