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
  // Payload's runner claims jobs by reading, then writing: two runs in one process at the same minute can both be
  // handed the same job. The second waits for the first instead of saving the document again.
  const inProgress = new Map<string, ReturnType<typeof handler>>()
  task.handler = (args) => {
    const jobId = String(args.job.id)
    const existing = inProgress.get(jobId)
    if (existing) return existing
    const run = (async () => {
      const done = await args.req.payload.count({ collection: 'audit-log', where: { job: { equals: jobId } }, overrideAccess: true })
      if (done.totalDocs > 0) return { output: {} }
      return running.run({ jobId }, () => handler(args))
    })().finally(() => inProgress.delete(jobId))
    inProgress.set(jobId, run)
    return run
  }
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
