import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { releaseAbandonedJobs } from '../../cms/jobs/scheduledPublishing'
import { testPayload } from '../helpers/payload'
import { richText } from '../helpers/richText'

// Payload's schedulePublish task as the admin's "Lịch xuất bản" drawer queues it, run by Payload's own job runner.
let payload: Payload
let editor: { id: string; email: string }
let agency: string

beforeAll(async () => {
  payload = await testPayload()
  agency = String((await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id)
  const email = `lich-${Date.now()}@vi-du.invalid`
  const user = await payload.create({ collection: 'users', data: { email, password: 'mat-khau-lich-1234', name: 'Biên tập viên', roles: ['editor'] } })
  editor = { id: String(user.id), email }
})

async function draftExplainer(title: string) {
  return payload.create({
    collection: 'explainers',
    draft: true,
    data: { title, slug: '', lead: 'Sắp đăng.', body: richText('Sắp đăng.'), lifecycleStage: 'implementation', agency, _status: 'draft' },
  })
}

function schedule(type: 'publish' | 'unpublish', id: number | string, at = new Date(Date.now() - 1000)) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'explainers', value: String(id) }, user: { relationTo: 'users', value: editor.id } },
    waitUntil: at,
  })
}

const statusOf = async (id: number | string) => (await payload.findByID({ collection: 'explainers', id, draft: false, depth: 0 }))._status
const trail = async (id: number | string) =>
  (await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(id) } }, sort: 'createdAt', depth: 0, limit: 50 })).docs

describe('scheduled publishing', () => {
  it('publishes when due, not before, and the audit log says it was the schedule, on behalf of whom', async () => {
    const doc = await draftExplainer('Bài đăng theo lịch')
    const job = await schedule('publish', doc.id, new Date(Date.now() + 60 * 60_000))
    await payload.jobs.run()
    expect(await statusOf(doc.id)).toBe('draft')
    // Due now: as the runner finds it at the next minute.
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await payload.jobs.run()
    expect(await statusOf(doc.id)).toBe('published')
    const [entry] = await trail(doc.id)
    expect(entry).toMatchObject({ action: 'publish', userEmail: editor.email, note: `Theo lịch xuất bản, thay mặt ${editor.email}`, job: String(job.id) })
  })

  it('unpublishes on schedule too', async () => {
    const doc = await draftExplainer('Bài gỡ theo lịch')
    await payload.update({ collection: 'explainers', id: doc.id, data: { _status: 'published' } })
    const job = await schedule('unpublish', doc.id)
    await payload.jobs.run()
    expect(await statusOf(doc.id)).toBe('draft')
    expect((await trail(doc.id)).map((entry) => [entry.action, entry.job ?? null])).toEqual([
      ['publish', null],
      ['unpublish', String(job.id)],
    ])
  })

  it('runs a due job once when two runners reach it at the same minute', async () => {
    const doc = await draftExplainer('Bài hai bộ chạy cùng lúc')
    const job = await schedule('publish', doc.id)
    const runs = await Promise.all([payload.jobs.run(), payload.jobs.run(), payload.jobs.run()])
    // No run failed it (a second save of the same document at once does fail), and it is done.
    expect(runs.flatMap((run) => Object.values(run.jobStatus ?? {})).filter((status) => status.status !== 'success')).toEqual([])
    expect((await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs).toBe(0)
    expect((await trail(doc.id)).filter((entry) => entry.action === 'publish')).toHaveLength(1)
    const versions = await payload.findVersions({ collection: 'explainers', where: { parent: { equals: doc.id } }, limit: 50 })
    expect(versions.docs.filter((version) => version.version._status === 'published')).toHaveLength(1)
  })

  it('picks up a job whose process died before it ran', async () => {
    const doc = await draftExplainer('Bài của tiến trình đã dừng')
    const job = await schedule('publish', doc.id)
    // Claimed by a process that then died: Payload alone would never run it again.
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true } })
    await payload.jobs.run()
    expect(await statusOf(doc.id)).toBe('draft')
    expect(await releaseAbandonedJobs(payload)).toBeGreaterThanOrEqual(1)
    await payload.jobs.run()
    expect(await statusOf(doc.id)).toBe('published')
  })

  it('does not publish twice when the process died after publishing but before marking the job done', async () => {
    const doc = await draftExplainer('Bài đã đăng trước khi dừng')
    const job = await schedule('publish', doc.id)
    // The crash: the task saved the document (as a process does before it marks the job done), then nothing more.
    const task = payload.config.jobs.tasks!.find((candidate) => candidate.slug === 'schedulePublish')!
    const req = await createLocalReq({}, payload)
    await (task.handler as (args: unknown) => Promise<unknown>)({ input: job.input, job, req })
    expect(await statusOf(doc.id)).toBe('published')
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true } })
    await releaseAbandonedJobs(payload)
    await payload.jobs.run()
    expect((await trail(doc.id)).filter((entry) => entry.action === 'publish')).toHaveLength(1)
    // Done, and gone from the queue as every finished job is.
    expect((await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs).toBe(0)
  })
})
