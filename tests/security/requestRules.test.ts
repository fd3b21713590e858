import { describe, expect, it } from 'vitest'
import { refuseBody } from '../../cms/server/bodyLimits'
import { clientAddressFrom } from '../../cms/server/clientAddress'
import { jsonInScript } from '../../site/src/lib/jsonInScript'

describe('the client address', () => {
  it('is the connection’s when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom('::ffff:203.0.113.9', '1.1.1.1, 2.2.2.2', 0)).toBe('203.0.113.9')
    expect(clientAddressFrom('127.0.0.1', undefined, 0)).toBe('127.0.0.1')
  })

  it('is the entry the nearest trusted proxy appended, not one the client wrote before it', () => {
    // The client sent "1.1.1.1"; nginx appended the address it saw.
    expect(clientAddressFrom('127.0.0.1', '1.1.1.1, 198.51.100.20', 1)).toBe('198.51.100.20')
    // Two proxies: a CDN then nginx.
    expect(clientAddressFrom('127.0.0.1', '1.1.1.1, 198.51.100.20, 192.0.2.5', 2)).toBe('198.51.100.20')
    expect(clientAddressFrom('127.0.0.1', ['1.1.1.1', '198.51.100.20'], 1)).toBe('198.51.100.20')
  })

  it('falls back to the leftmost entry, or the connection, when fewer proxies wrote than are trusted', () => {
    expect(clientAddressFrom('127.0.0.1', '198.51.100.20', 2)).toBe('198.51.100.20')
    expect(clientAddressFrom('127.0.0.1', undefined, 1)).toBe('127.0.0.1')
  })
})

describe('request bodies', () => {
  it('are refused from their length alone when larger than their route allows', () => {
    expect(refuseBody('POST', '/api/comments', { 'content-length': String(65 * 1024) })).toMatchObject({ status: 413 })
    expect(refuseBody('POST', '/api/comments', { 'content-length': '2000' })).toBeUndefined()
    expect(refuseBody('POST', '/api/drafts', { 'content-length': String(100 * 1024 * 1024) })?.message).toContain('4 MB')
    expect(refuseBody('POST', '/api/files', { 'content-length': String(20 * 1024 * 1024) })).toBeUndefined()
    expect(refuseBody('POST', '/api/media', { 'content-length': String(20 * 1024 * 1024) })).toMatchObject({ status: 413 })
  })

  it('are refused when their length is not said or is not a number', () => {
    expect(refuseBody('POST', '/api/comments', { 'transfer-encoding': 'chunked' })).toMatchObject({ status: 411 })
    expect(refuseBody('PATCH', '/api/drafts/1', { 'content-length': '12abc' })).toMatchObject({ status: 400 })
    expect(refuseBody('GET', '/api/drafts', { 'transfer-encoding': 'chunked' })).toBeUndefined()
  })
})

describe('JSON inside a script element', () => {
  const hostile = { name: '</script><script>alert(1)</script>', note: '<!-- & -->', lines: 'a\u2028b\u2029c' }

  it('cannot close the element or open a comment', () => {
    const text = jsonInScript(hostile)
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
  })

  it('reads back as the same data', () => {
    expect(JSON.parse(jsonInScript(hostile))).toEqual(hostile)
  })
})
