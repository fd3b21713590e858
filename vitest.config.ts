import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Integration tests share one Payload on a fresh database, made once per run: an SQLite file in a temporary folder,
// then the same files again on a fresh PostgreSQL database (the production adapter).
const runDir = mkdtempSync(path.join(tmpdir(), 'ttcs-test-'))
const integrationEnv = (database: 'sqlite' | 'postgres') => ({
  DATA_DIR: path.join(runDir, database, 'data'),
  SNAPSHOT_DIR: path.join(runDir, database, 'snapshot'),
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  PAYLOAD_JOBS_AUTORUN: 'false',
  DATABASE_URI: database === 'sqlite' ? '' : postgresTestDatabase,
})
// A database of its own on the tests' PostgreSQL server (tests/helpers/postgres.ts), created by the project's setup.
const postgresTestDatabase = (() => {
  const uri = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  uri.pathname = `/ttcs_test_${randomBytes(6).toString('hex')}`
  return uri.href
})()
const integration = {
  include: ['tests/**/*.int.test.ts'],
  // One Payload instance for all files: booting it per file costs ~15 s each.
  isolate: false,
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 120_000,
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'tests/**/*.server.test.ts', 'tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts'],
        },
      },
      {
        // The public site, built once from seeded content under a base path, then checked as HTML and in Chromium.
        test: {
          name: 'site',
          include: ['tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/setup/siteFixture.globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // The real `npm start`: builds the admin when its sources changed, so it gets minutes, not seconds. One file at
        // a time, so two files never build the admin into the same folder at once.
        test: { name: 'server', include: ['tests/**/*.server.test.ts'], testTimeout: 60_000, hookTimeout: 300_000, fileParallelism: false },
      },
      { test: { name: 'integration', env: integrationEnv('sqlite'), ...integration } },
      { test: { name: 'integration-postgres', env: integrationEnv('postgres'), globalSetup: ['tests/setup/postgres.globalSetup.ts'], ...integration } },
    ],
  },
})
