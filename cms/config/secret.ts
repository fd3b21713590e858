import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isProduction } from './environment'
import { dataDir } from './paths'
import { settings } from '../../shared/settings'

/**
 * The secret that signs sessions. There is no built-in fallback: `npm start` creates a random one for the
 * embedded demo and refuses to start in production without a real one.
 */
export function payloadSecret(secret = settings().PAYLOAD_SECRET): string {
  if (!secret || secret.length < 32) {
    throw new Error(
      'PAYLOAD_SECRET is missing or shorter than 32 characters: set it to a long random value (for example `openssl rand -hex 32`). `npm start` creates one for the demo in data/ when NODE_ENV is not production.',
    )
  }
  return secret
}

/** A random secret for the embedded demo, made once and kept in data/ (never in the repository). */
async function demoSecret(): Promise<string> {
  const file = path.join(dataDir, 'payload-secret')
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw error
  })
  if (existing.trim().length >= 32) return existing.trim()
  const secret = randomBytes(32).toString('hex')
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/**
 * Sets PAYLOAD_SECRET for `npm start` and the scripts when it is missing: outside production from the demo's own
 * (data/payload-secret); in production it must be given, and this says so.
 */
export async function providePayloadSecret(): Promise<void> {
  if (settings().PAYLOAD_SECRET) return
  if (isProduction)
    throw new Error('NODE_ENV=production but PAYLOAD_SECRET is not set: set a long random secret (for example `openssl rand -hex 32`) and start again.')
  process.env.PAYLOAD_SECRET = await demoSecret()
}
