import type { Endpoint, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import { commentSentPath } from '../../shared/comments'
import { consultationStatus } from '../../shared/consultationStatus'
import { formatVietnameseDate } from '../../shared/formatVietnameseDate'
import { siteRoot } from '../../shared/siteAddress'
import { checkCommentFields, type FieldError } from '../comments/checkCommentFields'
import { clientAddress } from '../comments/clientAddress'
import { commentFingerprint } from '../comments/commentFingerprint'
import { type DraftFacts, publishedDraftFacts } from '../comments/openDraftFacts'
import { secondsToWait } from '../comments/commentRateLimits'
import { readCommentBody, RequestRefused } from '../comments/readCommentBody'
import { refusalPage } from '../comments/refusalPage'
import { corsHeaders, siteOrigin } from './siteForms'

type Answer = { status: number; message: string; errors?: FieldError[]; retryAfter?: number; draftSlug?: string }

async function findOpenDraft(req: PayloadRequest, id: unknown): Promise<DraftFacts> {
  if (typeof id !== 'string' || !id || id.length > 64) throw new RequestRefused(400, 'Thiếu hoặc sai mã dự thảo được góp ý.')
  const draft = await publishedDraftFacts(req, id)
  if (!draft) throw new RequestRefused(404, 'Không tìm thấy dự thảo đang công bố để góp ý (mã dự thảo không đúng hoặc dự thảo không còn công bố).')
  const status = consultationStatus({ opensAt: draft.opensAt, closesAt: draft.closesAt, isIssued: draft.isIssued })
  if (status === 'upcoming')
    throw new RequestRefused(409, `Dự thảo chưa đến thời gian lấy ý kiến: bắt đầu nhận góp ý từ ${formatVietnameseDate(draft.opensAt)}.`)
  if (status !== 'open')
    throw new RequestRefused(409, `Đã hết thời gian lấy ý kiến đối với dự thảo này: việc nhận góp ý đã kết thúc ${formatVietnameseDate(draft.closesAt)}.`)
  return draft
}

/** Checks, limits and stores one comment; every refusal is an answer with a status and a Vietnamese message. */
async function acceptComment(req: PayloadRequest): Promise<Answer> {
  const origin = req.headers.get('origin')
  // "null" is what sandboxed frames and data: pages send: never the site's own form.
  if (origin && origin !== siteOrigin) return { status: 403, message: `Chỉ nhận góp ý gửi từ trang ${siteRoot}.` }
  const fields = await readCommentBody(req as unknown as Request)
  const address = clientAddress(req.headers)
  const clientWait = await secondsToWait('client', address)
  if (clientWait) return { status: 429, retryAfter: clientWait, message: `Bạn đã gửi nhiều góp ý trong thời gian ngắn; hãy thử lại sau ${clientWait} giây.` }
  const draft = await findOpenDraft(req, fields.draft)
  // Bots fill the field people cannot see; they are told "thank you" and nothing is kept.
  if (typeof fields.website === 'string' && fields.website.trim()) return { status: 201, message: 'Đã nhận góp ý.', draftSlug: draft.slug }
  const checked = checkCommentFields(fields, draft.articleNumbers)
  if ('errors' in checked) return { status: 400, message: 'Góp ý chưa gửi được, hãy sửa các mục sau:', errors: checked.errors, draftSlug: draft.slug }
  // Past the per-draft limit nobody is turned away (one script must not silence a whole consultation): the comment
  // is kept and marked, so moderators can look at a surge as a whole. The wall against floods is the per-client limit.
  const sentInSurge = Boolean(await secondsToWait('draft', draft.id))

  const { comment } = checked
  // The source is who wrote it, not the network it came from: a new address does not make the same text new.
  const fingerprint = commentFingerprint(draft.id, comment.text, [comment.name, comment.contact ?? ''])
  const duplicate = { status: 409, message: 'Góp ý này đã được gửi trước đó; không cần gửi lại.', draftSlug: draft.slug }
  try {
    // One insert needs no transaction of its own (it commits before the answer), and reusing this request spares
    // Payload building another: together they more than halve the endpoint's cost (bench/comments).
    await req.payload.create({
      collection: 'comments',
      data: {
        ...comment,
        draft: draft.id,
        agency: draft.agency,
        versionLabel: draft.versionLabel,
        consentAt: new Date().toISOString(),
        state: 'new',
        sentInSurge,
        fingerprint,
      },
      overrideAccess: true,
      disableTransaction: true,
      req,
      depth: 0,
      select: { state: true },
    })
  } catch (error) {
    // The unique fingerprint refuses a second copy, also when two identical requests arrive at the same instant.
    if (error instanceof ValidationError && error.data.errors.some((item) => item.path === 'fingerprint')) return duplicate
    throw error
  }
  return { status: 201, message: 'Đã nhận góp ý của bạn. Cảm ơn bạn đã đóng góp ý kiến cho dự thảo.', draftSlug: draft.slug }
}

/** A browser form (no JavaScript) gets pages; scripts and other programs get JSON. */
function answer(req: PayloadRequest, result: Answer): Response {
  const headers: Record<string, string> = { ...corsHeaders, 'cache-control': 'no-store' }
  if (result.retryAfter) headers['retry-after'] = String(result.retryAfter)
  const wantsJson = /json/.test(req.headers.get('accept') ?? '') || /json/.test(req.headers.get('content-type') ?? '')
  if (wantsJson) return Response.json({ message: result.message, ...(result.errors ? { errors: result.errors } : {}) }, { status: result.status, headers })
  if (result.status === 201 && result.draftSlug)
    return new Response(null, { status: 303, headers: { ...headers, location: new URL(commentSentPath(result.draftSlug), siteRoot).href } })
  return new Response(refusalPage(result.message, result.errors ?? [], result.draftSlug), {
    status: result.status,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
  })
}

/**
 * `POST /api/comments`: a citizen's comment on a draft open for consultation, from the site's form (with or without
 * JavaScript) or as JSON. Comments are never readable anonymously; this is the only way in from outside.
 */
export const submitCommentEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    try {
      return answer(req, await acceptComment(req))
    } catch (error) {
      if (error instanceof RequestRefused) return answer(req, { status: error.status, message: error.message })
      req.payload.logger.error({ err: error }, 'A comment could not be stored.')
      return answer(req, { status: 500, message: 'Hệ thống tạm thời không lưu được góp ý; hãy thử lại sau ít phút.' })
    }
  },
}
