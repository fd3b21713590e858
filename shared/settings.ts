import { z } from 'zod'

// Every environment variable the system reads, read here and nowhere else. `settings` are a deployment's
// choices and the README's Configuration table lists exactly these (a test checks); `handovers` are set by
// `npm start` and the publisher for the processes they start, not by operators.

const port = z.coerce.number().int().min(1).max(65535)
const milliseconds = z.coerce.number().int().min(0)
const flag = z.enum(['true', 'false']).transform((value) => value === 'true')
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' })
const rateLimit = z.string().regex(/^\d+\/\d+$/, 'expected count/seconds, e.g. 20/600')

export const settingsSchema = z.object({
  NODE_ENV: z.string().optional(),
  DATABASE_URI: z.string().min(1).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'expected redis://… or rediss://…' }).optional(),
  PAYLOAD_SECRET: z.string().min(32, 'at least 32 characters (for example `openssl rand -hex 32`)').optional(),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SITE_PORT: port.default(4321),
  SITE_URL: httpUrl.default('http://127.0.0.1:4321'),
  BASE_PATH: z.string().default(''),
  CMS_PUBLIC_URL: httpUrl.default('http://127.0.0.1:3000'),
  CMS_URL: httpUrl.optional(),
  DATA_DIR: z.string().min(1).optional(),
  SNAPSHOT_DIR: z.string().min(1).default('build/snapshot'),
  SITE_OUT_DIR: z.string().min(1).optional(),
  BUILD_CACHE_DIR: z.string().min(1).default('node_modules/.cache/ttcs-build'),
  SITE_STATUS_FILE: z.string().min(1).optional(),
  CONTENT_DIR: z.string().min(1).optional(),
  AUTHORITY_NAME: z.string().min(1).default('Ủy ban nhân dân thành phố Đà Nẵng (dữ liệu mẫu)'),
  AUTHORITY_JURISDICTION: z.string().min(1).default('Thành phố Đà Nẵng'),
  REPORT_PLACE: z.string().min(1).default('Đà Nẵng'),
  REBUILD_WEBHOOK_URL: httpUrl.optional(),
  REBUILD_WEBHOOK_TOKEN: z.string().min(1).optional(),
  REBUILD_HOOK_LISTEN: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'expected host:port, e.g. 10.0.0.5:4400')
    .optional(),
  REBUILD_DEBOUNCE_MS: milliseconds.default(500),
  SITE_FULL_REBUILD_WHEN_QUIET_MS: milliseconds.default(10 * 60_000),
  SITE_BUILDER_MEMORY_MB: z.coerce.number().int().min(256).default(2048),
  COMMENT_RATE_LIMIT_CLIENT: rateLimit.default('20/600'),
  COMMENT_RATE_LIMIT_DRAFT: rateLimit.default('1000/600'),
  TRUSTED_PROXIES: z.coerce.number({ error: 'expected a whole number of proxies (0 when none)' }).int().min(0).default(0),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(14),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: httpUrl.optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'expected smtp://… or smtps://…' }).optional(),
  MAIL_FROM: z.string().min(1).default('Truyền thông chính sách <khong-tra-loi@vi-du.invalid>'),
  LOG_REQUESTS: flag.optional(),
  SECURITY_CONTACT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, 'expected mailto:… or https://…')
    .default('mailto:bao-mat@vi-du.invalid'),
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  PAYLOAD_JOBS_AUTORUN: flag.default(true),
})

export const handoversSchema = z.object({
  /** The deployment's NODE_ENV, for the Next.js process that always runs as production. */
  TTCS_ENV: z.string().optional(),
  /** Set for the one CMS process that runs scheduled jobs. */
  TTCS_RUNS_JOBS: flag.default(false),
  DISABLE_PAYLOAD_HMR: flag.optional(),
  /** The pages a targeted rebuild renders (a JSON file), the search delta and where the route list goes. */
  SITE_BUILD_SCOPE: z.string().min(1).optional(),
  SITE_SEARCH_DELTA: flag.default(false),
  SITE_SEARCH_INDEX: z.enum(['separate']).optional(),
  SITE_ROUTES_FILE: z.string().min(1).optional(),
  SITE_PREVIOUS_RELEASE: z.string().min(1).optional(),
  /** Set in the site builder's long-lived process, which keeps each build's renderer for live previews. */
  SITE_KEEP_RENDERER: flag.default(false),
  /** `astro check` types the pages without a snapshot. */
  SNAPSHOT_MAY_BE_MISSING: flag.default(false),
})

const everySetting = settingsSchema.extend(handoversSchema.shape)

/** Never repeated in an error message: they may hold passwords. */
const secretSettings = new Set(['PAYLOAD_SECRET', 'REBUILD_WEBHOOK_TOKEN', 'DATABASE_URI', 'REDIS_URL', 'SMTP_URL', 'S3_SECRET_ACCESS_KEY'])

export type Settings = z.infer<typeof everySetting>

/** Thrown when a variable is set to something the system cannot use; says which and what it expects. */
export class SettingsError extends Error {}

const names = Object.keys(everySetting.shape)
// Parsing takes about 0.1 ms; the environment is read on every call (cheap) and parsed again only when it changed.
let last: { key: string; value: Settings } | undefined

/**
 * The settings in `env` (the process's environment by default), with their defaults. Read afresh on each call:
 * `npm start` sets some for the processes it starts, and tests set them before they start a module.
 */
export function settings(env: Record<string, string | undefined> = process.env): Settings {
  const key = names.map((name) => env[name] ?? '').join('\u0000')
  if (env === process.env && last?.key === key) return last.value
  // An empty variable counts as unset, as shells and unit files often write one.
  const given = Object.fromEntries(names.flatMap((name) => (env[name] ? [[name, env[name]]] : [])))
  const result = everySetting.safeParse(given)
  if (result.success) {
    const value = Object.freeze(result.data)
    if (env === process.env) last = { key, value }
    return value
  }
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0])
    return `  ${name}=${secretSettings.has(name) ? '…' : JSON.stringify(given[name])}: ${issue.message}`
  })
  throw new SettingsError(`Cấu hình sai (xem README, mục Configuration):\n${lines.join('\n')}`)
}

/** Whether this is a production deployment (`npm start` runs Next as production always and passes the real one on as TTCS_ENV). */
export const isProductionIn = (given: Settings): boolean => (given.TTCS_ENV ?? given.NODE_ENV) === 'production'

/** Whether requests and rebuilds are logged as JSON lines: LOG_REQUESTS, on by default in production. */
export const logsAsJson = (given: Settings = settings()): boolean => given.LOG_REQUESTS ?? isProductionIn(given)
