import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import { clientAddress } from '../../../comments/clientAddress'
import { rateLimiter } from '../../../sharedState/rateLimiter'

// Counted per account *and* address, so a stranger guessing an editor's password slows only themselves; the editor,
// signing in from their own address, is never locked out. Per address too, for one machine trying many accounts.
// Counted across every CMS instance when REDIS_URL is set; made on first use, so scripts never connect.
const window = 15 * 60
let limiters: { perAccountAndAddress: RateLimiterAbstract; perAddress: RateLimiterAbstract } | undefined
const loginLimiters = () =>
  (limiters ??= {
    perAccountAndAddress: rateLimiter({ keyPrefix: 'login-pair', points: 5, duration: window }),
    perAddress: rateLimiter({ keyPrefix: 'login-address', points: 30, duration: window }),
  })

const keys = (req: PayloadRequest, email: unknown) => {
  const address = clientAddress(req.headers)
  return {
    pair: `${String(email ?? '')
      .trim()
      .toLowerCase()}|${address}`,
    address,
  }
}

/** Counts each sign-in attempt and refuses, with 429 and the wait in minutes, once an address has tried too often. */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { pair, address } = keys(req, args.data?.email)
  const { perAddress, perAccountAndAddress } = loginLimiters()
  try {
    await perAddress.consume(address)
    await perAccountAndAddress.consume(pair)
  } catch (result) {
    if (!(result instanceof RateLimiterRes)) throw result
    const minutes = Math.max(1, Math.ceil(result.msBeforeNext / 60_000))
    throw new APIError(`Đăng nhập sai quá nhiều lần từ địa chỉ này. Hãy thử lại sau ${minutes} phút, hoặc dùng "Quên mật khẩu".`, 429, undefined, true)
  }
  return args
}

/** A successful sign-in clears that account's count at that address. */
export const forgetFailedLogins: CollectionAfterLoginHook = async ({ req, user }) => {
  const { pair, address } = keys(req, user.email)
  const { perAddress, perAccountAndAddress } = loginLimiters()
  await perAccountAndAddress.delete(pair)
  await perAddress.reward(address, 1)
  return user
}
