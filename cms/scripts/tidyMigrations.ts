// Payload writes migrations that break our strict compiler settings (value imports of types, unused
// parameters); this rewrites them in place after `payload migrate:create` so they stay committed as generated.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

for (const database of ['sqlite', 'postgres']) {
  const dir = path.resolve(import.meta.dirname, '../migrations', database)
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.ts') || name === 'index.ts') continue
    const file = path.join(dir, name)
    const source = await readFile(file, 'utf8')
    const tidy = source
      .replace(/import \{ MigrateUpArgs, MigrateDownArgs, sql \}/, 'import { type MigrateUpArgs, type MigrateDownArgs, sql }')
      .replace(/\{ db, payload, req \}/g, '{ db }')
    if (tidy !== source) await writeFile(file, tidy)
  }
}
