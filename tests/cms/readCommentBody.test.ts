import { describe, expect, it } from 'vitest'
import { readCommentBody, RequestRefused } from '../../cms/comments/readCommentBody'

const request = (body: BodyInit, type: string, headers: Record<string, string> = {}) =>
  new Request('http://cms/api/comments', { method: 'POST', body, headers: { 'content-type': type, ...headers } })
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof RequestRefused ? error.status : error),
  )

describe('readCommentBody', () => {
  it('reads a form and JSON alike, decoding Vietnamese text', async () => {
    expect(
      await readCommentBody(request(new URLSearchParams({ text: 'Góp ý về đất đai', consent: 'on' }).toString(), 'application/x-www-form-urlencoded')),
    ).toEqual({ text: 'Góp ý về đất đai', consent: 'on' })
    expect(await readCommentBody(request(JSON.stringify({ text: 'Góp ý', article: 2 }), 'application/json; charset=utf-8'))).toEqual({
      text: 'Góp ý',
      article: 2,
    })
  })

  it('refuses other content types with 415', async () => {
    expect(await refusal(readCommentBody(request('text=a', 'text/plain')))).toBe(415)
  })

  it('refuses a body over 64 KB with 413, also when its Content-Length lies', async () => {
    expect(await refusal(readCommentBody(request('x'.repeat(70_000), 'application/json')))).toBe(413)
    expect(await refusal(readCommentBody(request(JSON.stringify({ text: 'x'.repeat(70_000) }), 'application/json', { 'content-length': '10' })))).toBe(413)
  })

  it('refuses bytes that are not UTF-8, and JSON that is not one object, with 400', async () => {
    expect(await refusal(readCommentBody(request(new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'application/json')))).toBe(400)
    expect(await refusal(readCommentBody(request('text=%C3%28', 'application/x-www-form-urlencoded')))).toBe(400)
    expect(await refusal(readCommentBody(request('[1, 2]', 'application/json')))).toBe(400)
    expect(await refusal(readCommentBody(request('{"text": ', 'application/json')))).toBe(400)
  })
})
