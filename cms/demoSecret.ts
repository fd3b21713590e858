import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { dataDir } from './dataDir'

/** A random secret for the embedded demo, made once and kept in data/ (never in the repository). */
export async function demoSecret(): Promise<string> {
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
