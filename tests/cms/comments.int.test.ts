import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { resetCommentRateLimits } from '../../cms/comments/commentRateLimits'
import type { Draft } from '../../cms/payload-types'
import { commentSentPath } from '../../shared/comments'
import { siteRoot } from '../../shared/siteAddress'
import { testPayload } from '../helpers/payload'
import { restGet, restRequest } from '../helpers/rest'

let payload: Payload
let open: Draft
let upcoming: Draft
let closed: Draft
let unpublishedId: string
let client = 0

const bySlug = async (slug: string) => (await payload.find({ collection: 'drafts', where: { slug: { equals: slug } }, locale: 'vi', depth: 0 })).docs[0]!

beforeAll(async () => {
  payload = await testPayload()
  open = await bySlug('quy-dinh-ho-tro-chuyen-doi-so-cap-xa')
  upcoming = await bySlug('nghi-quyet-ho-tro-hoc-sinh-dan-toc-thieu-so')
  closed = await bySlug('quy-dinh-han-muc-giao-dat-o')
  const unpublished = await payload.create({
    collection: 'drafts',
    draft: true,
    data: {
      title: 'Dự thảo chưa công bố nhận góp ý',
      documentType: open.documentType,
      draftingAgency: open.draftingAgency,
      summary: 'Chưa công bố.',
      opensAt: open.opensAt,
      closesAt: open.closesAt,
      _status: 'draft',
    },
  })
  unpublishedId = unpublished.id
})

afterEach(() => {
  delete process.env.COMMENT_RATE_LIMIT_CLIENT
  delete process.env.COMMENT_RATE_LIMIT_DRAFT
  resetCommentRateLimits()
})

/** A distinct client address per call unless one is given, so limits per address do not mix tests up. */
const fromClient = (address = `10.0.${Math.floor(++client / 250)}.${client % 250}`) => ({ 'x-forwarded-for': address })

const valid = (text: string, extra: Record<string, unknown> = {}) => ({
  draft: open.id,
  article: '5',
  text,
  name: 'Nguyễn Văn An',
  locality: 'phường Tam Kỳ',
  consent: true,
  ...extra,
})

const postJson = (body: unknown, headers: Record<string, string> = fromClient()) =>
  restRequest('/api/comments', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } })

const postForm = (fields: Record<string, string>, headers: Record<string, string> = fromClient()) =>
  restRequest('/api/comments', {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  })

const storedWith = async (text: string) => (await payload.find({ collection: 'comments', where: { text: { equals: text } }, depth: 0 })).docs
const commentCount = async () => (await payload.count({ collection: 'comments' })).totalDocs

describe('POST /api/comments', () => {
  it('stores a JSON comment on an open draft, filed under the drafting agency, waiting for moderation', async () => {
    const text = 'Đề nghị quy định rõ mức thù lao theo số buổi hướng dẫn.'
    const response = await postJson(valid(text, { mayPublish: true, contact: 'an.nguyen@example.vn' }))
    expect(response.status).toBe(201)
    expect((await response.json()).message).toContain('Đã nhận góp ý')
    expect(response.headers.get('access-control-allow-origin')).toBe(new URL(siteRoot).origin)
    const [stored] = await storedWith(text)
    expect(stored).toMatchObject({ article: 5, state: 'new', mayPublish: true, contact: 'an.nguyen@example.vn', versionLabel: 'Dự thảo lần 1' })
    expect(String(stored!.agency)).toBe(String(open.draftingAgency))
    expect(stored!.consentAt).toBeTruthy()
  })

  it('takes a plain HTML form and sends the browser back to the confirmation page of the site', async () => {
    const text = 'Góp ý gửi bằng biểu mẫu không dùng JavaScript.'
    const response = await postForm({ draft: open.id, article: 'general', text, name: 'Trần Thị Bình', locality: 'Hội An', consent: 'on', website: '' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(new URL(commentSentPath(open.slug), siteRoot).href)
    expect((await storedWith(text))[0]).toMatchObject({ article: null, mayPublish: false })
  })

  it('answers a script that posts the form with JSON, so the page can confirm in place', async () => {
    const response = await postForm({ ...valid('Góp ý gửi từ trang có JavaScript.'), consent: 'on' } as Record<string, string>, {
      ...fromClient(),
      accept: 'application/json',
    })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ message: expect.stringContaining('Cảm ơn') })
  })

  it('shows a page with every problem when a form without JavaScript is refused', async () => {
    const response = await postForm({ draft: open.id, text: '', name: '', locality: '' })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = await response.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('Hãy nhập nội dung góp ý.')
    expect(html).toContain('Hãy nhập họ và tên')
    expect(html).toContain('Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15)')
    expect(html).toContain(`${siteRoot}du-thao/${open.slug}/#gop-y`)
  })

  it('never lets anyone read comments without signing in', async () => {
    const response = await restGet('/api/comments?limit=100')
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('Nguyễn Văn An')
  })
})

describe('validation rules, each with a clear message and nothing stored', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['an empty comment', { text: '   \n ' }, 'text', 'Hãy nhập nội dung góp ý.'],
    ['a comment over 5,000 characters', { text: 'ý'.repeat(5001) }, 'text', 'vượt quá 5000 ký tự'],
    ['no name', { name: '' }, 'name', 'Hãy nhập họ và tên'],
    ['a name over 100 characters', { name: 'A'.repeat(101) }, 'name', 'không quá 100 ký tự'],
    ['no locality', { locality: ' ' }, 'locality', 'Hãy nhập nơi ở'],
    ['a contact that is neither an email nor a phone', { contact: 'gọi cho tôi' }, 'contact', 'không hợp lệ'],
    ['an article the draft does not have', { article: '99' }, 'article', 'Dự thảo không có "99"'],
    ['no consent to personal-data processing', { consent: false }, 'consent', 'Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15)'],
  ]
  for (const [what, change, field, message] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await commentCount()
      const response = await postJson(valid(`Góp ý thử quy tắc: ${what}.`, change))
      expect(response.status).toBe(400)
      const body = await response.json()
      expect(body.errors).toContainEqual({ field, message: expect.stringContaining(message) })
      expect(await commentCount()).toBe(before)
    })
  }

  it('accepts an email or a Vietnamese phone number for follow-up', async () => {
    expect((await postJson(valid('Góp ý có số điện thoại.', { contact: '0912 345 678' }))).status).toBe(201)
    expect((await postJson(valid('Góp ý có thư điện tử.', { contact: 'ban.doc@example.vn' }))).status).toBe(201)
  })
})

describe('the consultation window', () => {
  it('refuses a draft that is not yet open, saying when it opens', async () => {
    const response = await postJson({ ...valid('Góp ý sớm.'), draft: upcoming.id })
    expect(response.status).toBe(409)
    expect((await response.json()).message).toMatch(/chưa đến thời gian lấy ý kiến: bắt đầu nhận góp ý từ ngày \d+ tháng \d+ năm \d{4}/)
  })

  it('refuses a closed consultation with 409, saying when it closed', async () => {
    const response = await postJson({ ...valid('Góp ý muộn.'), draft: closed.id })
    expect(response.status).toBe(409)
    expect((await response.json()).message).toMatch(/Đã hết thời gian lấy ý kiến .* kết thúc ngày \d+ tháng \d+ năm \d{4}/)
  })

  it('answers 404 for an unknown or unpublished draft', async () => {
    for (const draft of ['00000000-0000-4000-8000-000000000000', unpublishedId, 'khong-phai-ma']) {
      const response = await postJson({ ...valid('Góp ý cho dự thảo không có.'), draft })
      expect(response.status).toBe(404)
      expect((await response.json()).message).toContain('Không tìm thấy dự thảo')
    }
  })
})

describe('rate limits and duplicates', () => {
  it('limits comments per client address and says how long to wait', async () => {
    process.env.COMMENT_RATE_LIMIT_CLIENT = '3/60'
    resetCommentRateLimits()
    const same = fromClient('203.0.113.7')
    for (let n = 1; n <= 3; n++) expect((await postJson(valid(`Góp ý số ${n} từ cùng một địa chỉ.`), same)).status).toBe(201)
    const refused = await postJson(valid('Góp ý số 4 từ cùng một địa chỉ.'), same)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).message).toMatch(/thử lại sau \d+ giây/)
    expect(await storedWith('Góp ý số 4 từ cùng một địa chỉ.')).toHaveLength(0)
    expect((await postJson(valid('Góp ý từ một địa chỉ khác.'), fromClient('203.0.113.8'))).status).toBe(201)
  })

  it('keeps comments past the per-draft limit for moderation, marked as sent in a surge, instead of refusing citizens', async () => {
    process.env.COMMENT_RATE_LIMIT_DRAFT = '2/60'
    resetCommentRateLimits()
    expect((await postJson(valid('Giới hạn theo dự thảo 1.'))).status).toBe(201)
    expect((await postJson(valid('Giới hạn theo dự thảo 2.'))).status).toBe(201)
    const past = await postJson(valid('Giới hạn theo dự thảo 3.'))
    expect(past.status).toBe(201)
    const [first] = await storedWith('Giới hạn theo dự thảo 1.')
    const [third] = await storedWith('Giới hạn theo dự thảo 3.')
    expect(first).toMatchObject({ state: 'new', sentInSurge: false })
    expect(third).toMatchObject({ state: 'new', sentInSurge: true })
  })

  it('refuses the same text from the same source, even written differently, and keeps one copy', async () => {
    const source = fromClient('192.0.2.50')
    expect((await postJson(valid('Đề nghị bổ sung hỗ trợ cước Internet cho thôn xa.'), source)).status).toBe(201)
    const again = await postJson(valid('  đề nghị bổ sung hỗ trợ   cước internet cho thôn xa.'.normalize('NFD')), source)
    expect(again.status).toBe(409)
    expect((await again.json()).message).toContain('đã được gửi trước đó')
    expect(await storedWith('Đề nghị bổ sung hỗ trợ cước Internet cho thôn xa.')).toHaveLength(1)
    // The address is not part of the source: the same person from another network is still the same person.
    expect((await postJson(valid('Đề nghị bổ sung hỗ trợ cước Internet cho thôn xa.'), fromClient('192.0.2.99'))).status).toBe(409)
    expect((await postJson(valid('Đề nghị bổ sung hỗ trợ cước Internet cho thôn xa.', { name: 'Lê Văn Cường' }), fromClient('192.0.2.51'))).status).toBe(201)
  })

  it('stores one copy when the same comment arrives twice at the same instant', async () => {
    const source = fromClient('192.0.2.60')
    const text = 'Gửi hai lần cùng lúc do bấm nút hai lần.'
    const statuses = (await Promise.all([postJson(valid(text), source), postJson(valid(text), source), postJson(valid(text), source)]))
      .map((r) => r.status)
      .sort()
    expect(statuses).toEqual([201, 409, 409])
    expect(await storedWith(text)).toHaveLength(1)
  })
})

describe('hostile input: a 4xx with a message, never a 5xx, and nothing stored', () => {
  const refused: [string, () => Promise<Response>, number][] = [
    ['a script tag', () => postJson(valid('<script>alert("xss")</script>')), 400],
    ['HTML with an event handler', () => postJson(valid('Xem <img src=x onerror=alert(1)> nhé')), 400],
    ['an HTML comment', () => postJson(valid('<!-- ẩn --> nội dung')), 400],
    ['markup in the name', () => postJson(valid('Nội dung bình thường.', { name: '<b>Tên</b>' })), 400],
    ['a NUL byte', () => postJson(valid('Nội dung\u0000ẩn')), 400],
    ['an oversize body', () => postJson(valid('a'.repeat(70_000))), 413],
    [
      'an oversize body with a lying Content-Length',
      () =>
        restRequest('/api/comments', {
          method: 'POST',
          body: 'x'.repeat(200_000),
          headers: { 'content-type': 'application/json', 'content-length': '10', ...fromClient() },
        }),
      413,
    ],
    [
      'invalid UTF-8 in JSON',
      () =>
        restRequest('/api/comments', {
          method: 'POST',
          body: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
          headers: { 'content-type': 'application/json', ...fromClient() },
        }),
      400,
    ],
    [
      'invalid UTF-8 in a form',
      () =>
        restRequest('/api/comments', {
          method: 'POST',
          body: `draft=${open.id}&text=%C3%28&name=A&locality=B&consent=on`,
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...fromClient() },
        }),
      400,
    ],
    [
      'malformed JSON',
      () => restRequest('/api/comments', { method: 'POST', body: '{"text": "thiếu ngoặc"', headers: { 'content-type': 'application/json', ...fromClient() } }),
      400,
    ],
    ['a JSON array', () => postJson([valid('Mảng.')]), 400],
    ['a query object as the draft id', () => postJson({ ...valid('Tiêm truy vấn.'), draft: { $ne: null } }), 400],
    [
      'plain text',
      () =>
        restRequest('/api/comments', {
          method: 'POST',
          body: 'text=abc',
          headers: { 'content-type': 'text/plain', accept: 'application/json', ...fromClient() },
        }),
      415,
    ],
    [
      'multipart form data',
      () =>
        restRequest('/api/comments', {
          method: 'POST',
          body: (() => {
            const form = new FormData()
            form.set('text', 'x')
            return form
          })(),
          headers: { accept: 'application/json', ...fromClient() },
        }),
      415,
    ],
    [
      'no content type',
      () =>
        restRequest('/api/comments', {
          method: 'POST',
          body: JSON.stringify(valid('Không có kiểu nội dung.')),
          headers: { accept: 'application/json', ...fromClient() },
        }),
      415,
    ],
    [
      'another site posting in a visitor’s browser',
      () => postJson(valid('Gửi từ trang khác.'), { ...fromClient(), origin: 'https://trang-gia-mao.example' }),
      403,
    ],
    ['a page with an opaque origin (sandboxed frame, data: URL)', () => postJson(valid('Gửi từ khung cách ly.'), { ...fromClient(), origin: 'null' }), 403],
    ['an unknown draft', () => postJson({ ...valid('Dự thảo không tồn tại.'), draft: '11111111-1111-4111-8111-111111111111' }), 404],
    ['an unpublished draft', () => postJson({ ...valid('Dự thảo chưa công bố.'), draft: unpublishedId }), 404],
    ['a closed consultation', () => postJson({ ...valid('Đã hết hạn.'), draft: closed.id }), 409],
  ]
  for (const [what, send, status] of refused) {
    it(`refuses ${what} with ${status}`, async () => {
      const before = await commentCount()
      const response = await send()
      expect(response.status).toBe(status)
      const body = await response.json()
      expect(body.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵóòọõỏôộổỗồốơờớợởỡéèẻẹẽêếềệểễúùụủũưựữửừứíìịỉĩýỳỷỵỹđ]/i)
      expect(await commentCount()).toBe(before)
    })
  }

  it('stores SQL-like text as text, and the table is intact', async () => {
    const text = "Robert'); DROP TABLE comments; -- và 1=1 OR ''=''"
    expect((await postJson(valid(text))).status).toBe(201)
    expect((await storedWith(text))[0]!.text).toBe(text)
    expect(await commentCount()).toBeGreaterThan(1)
  })

  it('stores decomposed (NFD) text as NFC and removes control characters', async () => {
    const nfd = 'Đề nghị hỗ trợ\u0007 thêm cho người dân tộc thiểu số.\u200B'.normalize('NFD')
    expect((await postJson(valid(` ${nfd} `))).status).toBe(201)
    expect(await storedWith('Đề nghị hỗ trợ thêm cho người dân tộc thiểu số.')).toHaveLength(1)
  })

  it('keeps emoji and comparisons such as "5 < 7" as the citizen wrote them', async () => {
    const text = 'Mức hỗ trợ 5 < 7 triệu là quá thấp 😟 & cần tăng "gấp đôi"'
    expect((await postJson(valid(text))).status).toBe(201)
    expect(await storedWith(text)).toHaveLength(1)
  })

  it('tells a bot that fills the hidden field "thank you" and keeps nothing', async () => {
    const before = await commentCount()
    const response = await postJson(valid('Quảng cáo tự động.', { website: 'https://spam.example' }))
    expect(response.status).toBe(201)
    expect(await commentCount()).toBe(before)
  })

  it('answers the CORS preflight for the site only', async () => {
    const response = await restRequest('/api/comments', {
      method: 'OPTIONS',
      headers: { origin: new URL(siteRoot).origin, 'access-control-request-method': 'POST' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(new URL(siteRoot).origin)
    expect(response.headers.get('access-control-allow-methods')).toBe('POST')
  })
})
