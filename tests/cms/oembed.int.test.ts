import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { siteRoot } from '../../shared/siteAddress'
import { testPayload } from '../helpers/payload'
import { restGet } from '../helpers/rest'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const oembed = (query: string) => restGet(`/api/oembed?${query}`)

describe('GET /oembed (query form)', () => {
  it('answers a published explainer with a rich embed in oEmbed 1.0', async () => {
    const response = await oembed(`url=${encodeURIComponent(`${siteRoot}bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/`)}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const body = await response.json()
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Tổ công nghệ số cộng đồng sẽ được hỗ trợ những gì?',
      author_name: 'Sở Khoa học và Công nghệ',
      width: 560,
    })
    expect(body.html).toContain(`src="${siteRoot}nhung/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/"`)
    expect(body.thumbnail_url).toBe(`${siteRoot}anh/the-bai-ho-tro-to-cong-nghe-so-cong-dong.png`)
  })

  it('honours maxwidth', async () => {
    const body = await (await oembed(`maxwidth=320&url=${encodeURIComponent(`${siteRoot}du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/`)}`)).json()
    expect(body.width).toBe(320)
    expect(body.html).toContain('width="320"')
  })

  it('answers a language edition with its own title', async () => {
    const body = await (await oembed(`url=${encodeURIComponent(`${siteRoot}ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/`)}`)).json()
    expect(body.title).toContain('bản tiếng Cơ Tu')
  })

  it('does not answer for an unpublished item', async () => {
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
    const type = (await payload.find({ collection: 'document-types', limit: 1 })).docs[0]!
    await payload.create({
      collection: 'drafts',
      draft: true,
      data: {
        title: 'Dự thảo chưa công bố để thử oEmbed',
        slug: 'du-thao-chua-cong-bo-oembed',
        documentType: type.id,
        draftingAgency: agency.id,
        summary: 'Chưa công bố.',
        opensAt: '2027-01-01T00:00:00Z',
        closesAt: '2027-03-01T00:00:00Z',
        _status: 'draft',
      },
    })
    const response = await oembed(`url=${encodeURIComponent(`${siteRoot}du-thao/du-thao-chua-cong-bo-oembed/`)}`)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('chưa công bố để thử')
  })

  it('explains what is wrong with a bad request', async () => {
    expect((await oembed('')).status).toBe(400)
    expect((await oembed(`url=${encodeURIComponent('https://example.com/bai/')}`)).status).toBe(404)
    const xml = await oembed(`format=xml&url=${encodeURIComponent(`${siteRoot}so-tay/mang-xa-hoi-va-zalo/`)}`)
    expect(xml.status).toBe(501)
    expect((await xml.json()).error).toContain('JSON')
  })
})
