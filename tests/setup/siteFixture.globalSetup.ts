import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { astroBuildArgs, runNodeScript } from '../helpers/runNodeScript'

/** The base path the fixture site is built under, so every test also checks that links honour it. */
export const fixtureBasePath = '/truyen-thong-chinh-sach/'
export const fixtureSiteUrl = 'https://congthongtin.vi-du.invalid'

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string
    leakMarker: string
    basePath: string
    siteUrl: string
  }
}

// Runs once for the site tests: seeds a fresh database, plants unpublished documents, exports and builds.
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ttcs-site-'))
  const leakMarker = `ro-ri-${randomBytes(4).toString('hex')}-KHONGCONGBO`
  const env = {
    ...process.env,
    DATA_DIR: path.join(dir, 'data'),
    SNAPSHOT_DIR: path.join(dir, 'snapshot'),
    SITE_OUT_DIR: path.join(dir, 'dist'),
    // A fresh build cache: the tests see what a first build makes, never a file left by an earlier run.
    BUILD_CACHE_DIR: path.join(dir, 'build-cache'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PAYLOAD_JOBS_AUTORUN: 'false',
    DATABASE_URI: '',
    LEAK_MARKER: leakMarker,
    BASE_PATH: fixtureBasePath,
    SITE_URL: fixtureSiteUrl,
  }
  runNodeScript(['node_modules/tsx/dist/cli.mjs', 'tests/setup/prepareSiteFixture.ts'], env)
  runNodeScript(astroBuildArgs, env)
  project.provide('distDir', env.SITE_OUT_DIR)
  project.provide('leakMarker', leakMarker)
  project.provide('basePath', fixtureBasePath)
  project.provide('siteUrl', fixtureSiteUrl)
  return () => rmSync(dir, { recursive: true, force: true })
}
