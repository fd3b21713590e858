import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import { rateLimiter } from '../sharedState/rateLimiter'
import { settings } from '../../shared/settings'

/** "20/600" (checked by the settings) → 20 comments per 600 seconds. */
function parseLimit(setting: string): { points: number; duration: number } {
  const [points, duration] = setting.split('/').map(Number) as [number, number]
  return { points, duration }
}

// Shared by every CMS instance through Redis when REDIS_URL is set (sharedState/), in memory otherwise.
let limiters: { client: RateLimiterAbstract; draft: RateLimiterAbstract } | undefined

function commentLimiters() {
  limiters ??= {
    // Generous per address: whole communes share one address behind mobile carriers' NAT.
    client: rateLimiter({ keyPrefix: 'comment-client', ...parseLimit(settings().COMMENT_RATE_LIMIT_CLIENT) }),
    draft: rateLimiter({ keyPrefix: 'comment-draft', ...parseLimit(settings().COMMENT_RATE_LIMIT_DRAFT) }),
  }
  return limiters
}

/** Counts one attempt against a limit; answers how many seconds to wait when it is used up, or undefined. */
export async function secondsToWait(kind: 'client' | 'draft', key: string): Promise<number | undefined> {
  try {
    await commentLimiters()[kind].consume(key)
    return undefined
  } catch (result) {
    if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000))
    throw result
  }
}

/** Forgets the counts (tests change the limits between cases). */
export function resetCommentRateLimits() {
  limiters = undefined
}
