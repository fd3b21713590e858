import { createServer, type Server } from 'node:http'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/freePort'
import { testPayload } from '../helpers/payload'
import { richText } from '../helpers/richText'

let payload: Payload
let server: Server
const requests: { authorization?: string; body: string }[] = []

beforeAll(async () => {
  payload = await testPayload()
  const port = await freePort()
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      requests.push({ authorization: request.headers.authorization, body })
      response.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  process.env.REBUILD_WEBHOOK_URL = `http://127.0.0.1:${port}/rebuild`
  process.env.REBUILD_WEBHOOK_TOKEN = 'ma-thu-nghiem'
})

afterAll(() => {
  delete process.env.REBUILD_WEBHOOK_URL
  delete process.env.REBUILD_WEBHOOK_TOKEN
  server.close()
})

// Proving that a call did NOT come needs a wait: five times the CMS's debounce (500 ms).
const settle = () => new Promise((resolve) => setTimeout(resolve, 2500))
const called = (times: number) => expect.poll(() => requests.length, { timeout: 10_000 }).toBe(times)

describe('the rebuild webhook', () => {
  it('is called once for a burst of publishes, with its token', async () => {
    requests.length = 0
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
    for (const n of [1, 2, 3]) {
      await payload.create({
        collection: 'explainers',
        data: {
          title: `Bài xuất bản liên tiếp ${n}`,
          slug: '',
          lead: 'Thử.',
          body: richText('Thử.'),
          lifecycleStage: 'implementation',
          agency: agency.id,
          _status: 'published',
        },
      })
    }
    await called(1)
    await settle()
    expect(requests).toHaveLength(1)
    expect(requests[0]!.authorization).toBe('Bearer ma-thu-nghiem')
  })

  it('is not called for a draft nobody can see', async () => {
    requests.length = 0
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
    await payload.create({
      collection: 'explainers',
      draft: true,
      data: {
        title: 'Bản nháp chưa ai thấy',
        slug: '',
        lead: 'Nháp.',
        body: richText('Nháp.'),
        lifecycleStage: 'planning',
        agency: agency.id,
        _status: 'draft',
      },
    })
    await settle()
    expect(requests).toHaveLength(0)
  })

  it('is called when a published item is unpublished', async () => {
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
    const doc = await payload.create({
      collection: 'explainers',
      data: { title: 'Bài sẽ gỡ xuống', slug: '', lead: 'Gỡ.', body: richText('Gỡ.'), lifecycleStage: 'planning', agency: agency.id, _status: 'published' },
    })
    await called(1)
    requests.length = 0
    await payload.update({ collection: 'explainers', id: doc.id, data: { _status: 'draft' } })
    await called(1)
  })
})
