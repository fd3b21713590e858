import { Redis } from 'ioredis'
import { settings } from '../../shared/settings'

// State that every CMS instance must agree on (rate limits, what was just saved) lives in Redis when REDIS_URL is
// set; without it each process keeps its own, which is right for the one process of the embedded default.
let client: Redis | undefined
let subscriber: Redis | undefined

/** The shared Redis connection, or undefined when REDIS_URL is unset. */
export function redis(): Redis | undefined {
  const url = settings().REDIS_URL
  if (!url) return undefined
  // A command waits for the connection and one retry at most; a rate limit whose command fails counts in memory.
  client ??= new Redis(url, { maxRetriesPerRequest: 1 })
  return client
}

/** Calls `listener` with every message any instance publishes on `channel` (nothing when REDIS_URL is unset). */
export function subscribe(channel: string, listener: (message: string) => void): void {
  const url = settings().REDIS_URL
  if (!url) return
  // A subscribed connection can do nothing else, so it is a second one; it queues its SUBSCRIBE until connected.
  subscriber ??= new Redis(url, { maxRetriesPerRequest: null })
  subscriber.subscribe(channel).catch(() => undefined)
  subscriber.on('message', (from, message) => from === channel && listener(message))
}

/** Tells every instance's subscribers; a message lost while Redis is away is covered by the receivers' short TTLs. */
export function publish(channel: string, message: string): void {
  void redis()
    ?.publish(channel, message)
    .catch(() => undefined)
}

/** Closes the connections, so that a script that used them can end. */
export async function closeRedis(): Promise<void> {
  await Promise.all([client?.quit().catch(() => undefined), subscriber?.quit().catch(() => undefined)])
  client = subscriber = undefined
}
