import { execFileSync } from 'node:child_process'
import { readdir, rm } from 'node:fs/promises'

/**
 * Seconds to copy a build's output (`cp -r`, same disk, same folders, same bytes) and how many files it has: what
 * writing that output costs before anything is rendered, on the disk the builds use, measured in the same run.
 */
export async function writeFloor(outDir: string): Promise<{ files: number; seconds: number }> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length
  const copy = `${outDir}.copy`
  const started = performance.now()
  execFileSync('cp', ['-r', outDir, copy])
  const seconds = (performance.now() - started) / 1000
  await rm(copy, { recursive: true, force: true })
  return { files, seconds }
}
