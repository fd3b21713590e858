import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload, TaskHandler } from 'payload'

type ScheduledRun = { jobId: string }

const running = new AsyncLocalStorage<ScheduledRun>()

/** The scheduled publish (or unpublish) this save is part of, if it is one: the audit log says so. */
export const scheduledRun = (): ScheduledRun | undefined => running.getStore()

/**
 * Payload's `schedulePublish` task saves the document as the editor who scheduled it, with nothing on the save
 * that tells it from the editor's own. Wrapped here, a save made by the task is known (to the audit log) to be the
 * schedule's; and a job whose publish is already in the audit log is not done again, so a job picked up again after
 * its process died between the save and marking the job done does not publish twice.
 */
export function recordScheduledPublishing(payload: Payload): void {
  const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return
  const handler = task.handler as TaskHandler<'schedulePublish'>
  task.handler = async (args) => {
    const jobId = String(args.job.id)
    const done = await args.req.payload.count({ collection: 'audit-log', where: { job: { equals: jobId } }, overrideAccess: true })
    if (done.totalDocs > 0) return { output: {} }
    return running.run({ jobId }, () => handler(args))
  }
  // Payload's runner claims jobs by reading, then writing: two runs of the queue at once in one process were handed
  // the same job (on SQLite the second saved the document again; on PostgreSQL it failed updating the job the first
  // had already deleted). Runs in this process therefore take turns. Only one process runs jobs (TTCS_RUNS_JOBS).
  const runQueue = payload.jobs.run.bind(payload.jobs)
  let turn: Promise<unknown> = Promise.resolve()
  payload.jobs.run = ((args) => {
    const next = turn.then(() => runQueue(args))
    turn = next.catch(() => undefined)
    return next
  }) as typeof payload.jobs.run
}

/**
 * Jobs left marked as running by a process that is gone. Payload never runs a job marked as running again, so a
 * publish due while the CMS was being restarted would never happen. Only the one process that runs jobs calls
 * this, as it starts, so no job it finds running can be running anywhere.
 */
export async function releaseAbandonedJobs(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }] },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}
