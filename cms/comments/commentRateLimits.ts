import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** "20/600" → 20 comments per 600 seconds. */
function parseLimit(setting: string | undefined, fallback: string): { points: number; duration: number } {
  const [points, duration] = (setting || fallback).split('/').map(Number)
  if (!points || !duration) throw new Error(`Comment rate limit '${setting}' is not "<count>/<seconds>", e.g. "20/600".`)
  return { points, duration }
}

// In memory: one CMS process. Several CMS instances will share a store (rate-limiter-flexible has Redis and
// MongoDB ones) when the platform scales out.
let limiters: { client: RateLimiterMemory; draft: RateLimiterMemory } | undefined

function commentLimiters() {
  limiters ??= {
    // Generous per address: whole communes share one address behind mobile carriers' NAT.
    client: new RateLimiterMemory({ keyPrefix: 'comment-client', ...parseLimit(process.env.COMMENT_RATE_LIMIT_CLIENT, '20/600') }),
    draft: new RateLimiterMemory({ keyPrefix: 'comment-draft', ...parseLimit(process.env.COMMENT_RATE_LIMIT_DRAFT, '1000/600') }),
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
