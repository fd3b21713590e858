import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { redis } from './redis'

/**
 * A limit of `points` per `duration` seconds, counted in Redis when REDIS_URL is set (one count across every CMS
 * instance) and in this process's memory otherwise. While Redis is unreachable each instance counts for itself.
 */
export function rateLimiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract {
  const storeClient = redis()
  if (!storeClient) return new RateLimiterMemory(options)
  return new RateLimiterRedis({ ...options, storeClient, insuranceLimiter: new RateLimiterMemory(options) })
}
