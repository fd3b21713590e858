import { type ChildProcess, fork } from 'node:child_process'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import PQueue from 'p-queue'
import type { PreviewItem } from '../src/lib/previewItem'
import type { WorkerRequest } from './astroBuildWorker'
import type { RenderedPage } from './keptRenderer'

type Reply = { ok: boolean; message?: string; isRetiring?: boolean; rendered?: RenderedPage }
type AstroEnv = Record<string, string>

/**
 * Runs Astro builds, one at a time, in a long-lived worker process (site/publish/astroBuildWorker.ts). A worker that
 * failed or grew large is replaced at once, and the new one warms up with a build of the list pages alone into a
 * scratch folder, so the next publish does not wait for Astro to load and compile. Between builds it renders live
 * previews with the last build's renderer (`preview`).
 */
export function warmAstroBuild(
  baseEnv: NodeJS.ProcessEnv,
): ((env: AstroEnv) => Promise<void>) & { preview: (sitePath: string, item: PreviewItem) => Promise<RenderedPage>; stop: () => void } {
  let worker: ChildProcess | undefined
  // One build at a time: the worker builds into shared folders.
  const queue = new PQueue({ concurrency: 1 })
  // Under the working folder, like every build the worker makes (see siteRebuilder).
  const scratch = path.resolve('build', `warm-up-${process.pid}`)

  function start(): ChildProcess {
    const child = fork(path.resolve('site/publish/astroBuildWorker.ts'), [], {
      env: baseEnv,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.on('exit', () => {
      if (worker === child) worker = undefined
    })
    return child
  }

  function run(request: WorkerRequest, isWarmUp = false): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const child = (worker ??= start())
      const onExit = (code: number | null) =>
        reject(new Error(`The site builder stopped (exit code ${code}) during a build; the live site was left as it was.`))
      child.once('exit', onExit)
      child.once('message', (reply: Reply) => {
        const { ok, message, isRetiring } = reply
        child.off('exit', onExit)
        // A preview that could not be rendered says so; the builder stays as it is.
        if ('preview' in request) return ok ? resolve(reply) : reject(new Error(`The preview could not be rendered: ${message}`))
        if (!ok || isRetiring) {
          child.disconnect()
          worker = undefined
          // Not after a failed warm-up: that would only fail again.
          if (!isWarmUp) void queue.add(warmUp)
        }
        if (ok) resolve(reply)
        else reject(new Error(`The site build failed: ${message}; the live site was left as it was.`))
      })
      child.send(request)
    })
  }

  async function warmUp(): Promise<void> {
    await removeAbandonedScratch()
    await mkdir(scratch, { recursive: true })
    await writeFile(path.join(scratch, 'scope.json'), '{}')
    try {
      await run({ env: { SITE_OUT_DIR: path.join(scratch, 'dist'), SITE_BUILD_SCOPE: path.join(scratch, 'scope.json'), SITE_SEARCH_INDEX: 'separate' } }, true)
    } catch {
      // A real build will say what is wrong.
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }

  // A process stopped during its warm-up leaves its scratch folder behind.
  async function removeAbandonedScratch(): Promise<void> {
    const isRunning = (pid: number) => {
      try {
        process.kill(pid, 0)
        return true
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM'
      }
    }
    const names = await readdir(path.dirname(scratch)).catch(() => [])
    const abandoned = names.filter((name) => /^warm-up-\d+$/.test(name) && !isRunning(Number(name.slice('warm-up-'.length))))
    await Promise.all(abandoned.map((name) => rm(path.join(path.dirname(scratch), name), { recursive: true, force: true })))
  }

  return Object.assign(
    async (env: AstroEnv) => {
      await queue.add(() => run({ env }))
    },
    {
      // Ahead of builds waiting in the queue (an editor is watching), never during one.
      preview: async (sitePath: string, item: PreviewItem) => (await queue.add(() => run({ preview: { sitePath, item } }), { priority: 1 })).rendered!,
      stop: () => worker?.disconnect(),
    },
  )
}
