import { getPayload, type Payload } from 'payload'
import config from '../payload.config'
import { closeRedis } from '../sharedState/redis'

/** The Payload Local API, for scripts and tests (the admin server makes its own). */
export function getPayloadClient(): Promise<Payload> {
  // Outside production Payload opens a socket to the admin's Next server (at PORT) to reload its config on edits;
  // a script has nothing to reload, and that socket would keep it running after it finished (`npm run export`
  // beside a running `npm start` never exited).
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  return getPayload({ config })
}

type PgClient = { release?: () => void }
type PgPool = { end(): Promise<void>; _clients?: PgClient[]; _idle?: { client: PgClient }[] }

/**
 * Ends a script's Payload. Payload's destroy() leaves PostgreSQL's pool open, and its adapter keeps one client checked
 * out from connecting (never released), so a script would never exit: release it, then end the pool.
 */
export async function closePayloadClient(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: PgPool }).pool
  await payload.destroy()
  await closeRedis()
  if (!pool) return
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.()
  await pool.end()
}
