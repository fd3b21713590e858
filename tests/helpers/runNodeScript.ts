import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

/** `astro build` of the public site, quietly (arguments for runNodeScript). */
export const astroBuildArgs = ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'site', '--silent']

/** Runs a script with the project's Node from the project folder, to its end, and returns what it printed; throws with its output if it fails. */
export function runNodeScript(args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}
