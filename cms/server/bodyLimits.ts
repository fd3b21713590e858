import { maxCommentBodyBytes } from '../../shared/comments'
import { maxFileBytes, maxImageBytes } from '../hooks/checkUploadedFile'

const multipartRoom = 1024 * 1024

/** The largest request body the CMS reads on a route: uploads by their collection, citizens' forms small, the rest 4 MB. */
export function bodyLimitFor(pathname: string): number {
  if (/^\/api\/(comments|alert-subscriptions(\/[a-z]+)?)\/?$/.test(pathname)) return maxCommentBodyBytes
  if (/^\/api\/files(\/|$)/.test(pathname)) return maxFileBytes + multipartRoom
  if (/^\/api\/media(\/|$)/.test(pathname)) return maxImageBytes + multipartRoom
  return 4 * 1024 * 1024
}

export type Refusal = { status: number; message: string }

/**
 * Refuses a request whose body is larger than its route allows, judged from Content-Length before a byte of it is
 * read; a body without a length (chunked) is refused too, since its size cannot be known in advance.
 */
export function refuseBody(method: string, pathname: string, headers: { 'content-length'?: string; 'transfer-encoding'?: string }): Refusal | undefined {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return undefined
  const limit = bodyLimitFor(pathname)
  const length = headers['content-length']
  if (length === undefined) {
    if (headers['transfer-encoding']) return { status: 411, message: 'Yêu cầu phải cho biết độ dài nội dung (Content-Length).' }
    return undefined
  }
  if (!/^\d+$/.test(length)) return { status: 400, message: 'Độ dài nội dung (Content-Length) không hợp lệ.' }
  if (Number(length) > limit) return { status: 413, message: `Nội dung gửi lên quá lớn: tối đa ${formatBytes(limit)} cho địa chỉ này.` }
  return undefined
}

const formatBytes = (bytes: number) => (bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} KB`)
