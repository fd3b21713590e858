import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Integration tests share one Payload on a fresh SQLite file in a temporary folder, made once per run.
const runDir = mkdtempSync(path.join(tmpdir(), 'ttcs-test-'))
const integrationEnv = {
  DATA_DIR: path.join(runDir, 'data'),
  SNAPSHOT_DIR: path.join(runDir, 'snapshot'),
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  PAYLOAD_JOBS_AUTORUN: 'false',
  DATABASE_URI: '',
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
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          env: integrationEnv,
          // One Payload instance for all files: booting it per file costs ~15 s each.
          isolate: false,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
