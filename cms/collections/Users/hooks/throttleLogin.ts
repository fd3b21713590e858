import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { clientAddress } from '../../../comments/clientAddress'

// Counted per account *and* address, so a stranger guessing an editor's password slows only themselves; the editor,
// signing in from their own address, is never locked out. Per address too, for one machine trying many accounts.
const window = 15 * 60
const perAccountAndAddress = new RateLimiterMemory({ keyPrefix: 'login-pair', points: 5, duration: window })
const perAddress = new RateLimiterMemory({ keyPrefix: 'login-address', points: 30, duration: window })

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
  await perAccountAndAddress.delete(pair)
  await perAddress.reward(address, 1)
  return user
}
