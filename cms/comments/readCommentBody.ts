import { maxCommentBodyBytes } from '../../shared/comments'

/** A request the comment endpoint refuses before looking at its fields, with the HTTP status and the reason. */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const tooLarge = () => new RequestRefused(413, `Nội dung gửi lên quá lớn (tối đa ${maxCommentBodyBytes / 1024} KB).`)

/** Reads at most `limit` bytes of a body stream; refuses as soon as it is longer, without reading the rest. */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** Decodes `a=1&b=2` strictly: a byte sequence that is not UTF-8 is refused, not replaced with "�". */
function parseFormEncoded(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const pair of text.split('&')) {
    if (!pair) continue
    const [key = '', value = ''] = pair.split('=', 2).map((part) => decodeURIComponent(part.replace(/\+/g, ' ')))
    fields[key] = value
  }
  return fields
}

/**
 * The fields of a comment request, as JSON (`application/json`) or an HTML form (`application/x-www-form-urlencoded`),
 * read within the size limit and decoded as strict UTF-8.
 */
export async function readCommentBody(request: { headers: Headers; body?: ReadableStream<Uint8Array> | null }): Promise<Record<string, unknown>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    throw new RequestRefused(415, 'Chỉ nhận góp ý gửi dưới dạng biểu mẫu (application/x-www-form-urlencoded) hoặc JSON (application/json).')
  }
  if (Number(request.headers.get('content-length') ?? 0) > maxCommentBodyBytes) throw tooLarge()
  const bytes = await readLimited(request.body ?? null, maxCommentBodyBytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    if (type === 'application/x-www-form-urlencoded') return parseFormEncoded(text)
  } catch {
    throw new RequestRefused(400, 'Nội dung gửi lên không phải văn bản UTF-8 hợp lệ.')
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // Answered below, with the same message as a JSON value that is not an object.
  }
  throw new RequestRefused(400, 'Nội dung JSON không hợp lệ: cần một đối tượng gồm các trường của góp ý.')
}
