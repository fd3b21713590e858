import { type ChildProcess, fork } from 'node:child_process'
import path from 'node:path'

type Reply = { ok: boolean; message?: string; isRetiring?: boolean }

/**
 * Runs Astro builds in a long-lived worker process (site/astroBuildWorker.ts), started on the first build and
 * again after it retires or fails. One build at a time: the site rebuilder never asks for two at once.
 */
export function warmAstroBuild(baseEnv: NodeJS.ProcessEnv): ((env: Record<string, string>) => Promise<void>) & { stop: () => void } {
  let worker: ChildProcess | undefined

  function start(): ChildProcess {
    const child = fork(path.resolve('site/astroBuildWorker.ts'), [], { env: baseEnv, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    child.on('exit', () => {
      if (worker === child) worker = undefined
    })
    return child
  }

  const build = (env: Record<string, string>) =>
    new Promise<void>((resolve, reject) => {
      const child = (worker ??= start())
      const onExit = (code: number | null) => reject(new Error(`The site builder stopped (exit code ${code}) during a build; the live site was left as it was.`))
      child.once('exit', onExit)
      child.once('message', ({ ok, message, isRetiring }: Reply) => {
        child.off('exit', onExit)
        // A worker that failed or grew large is let go, and a fresh one starts loading Astro for the next build.
        if (!ok || isRetiring) {
          child.disconnect()
          worker = start()
        }
        if (ok) resolve()
        else reject(new Error(`The site build failed: ${message}; the live site was left as it was.`))
      })
      child.send({ env })
    })
  return Object.assign(build, { stop: () => worker?.disconnect() })
}
