import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { handoversSchema, settings, SettingsError, settingsSchema } from '../../shared/settings'

describe('settings', () => {
  it('the README’s Configuration table lists exactly the settings the schema knows', async () => {
    const readme = await readFile('README.md', 'utf8')
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1))
    const documented = new Set(
      [...table.matchAll(/^\| (.+?) \|/gm)].flatMap(([, first]) => [...first!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map(([, name]) => name)),
    )
    expect([...documented].sort()).toEqual(Object.keys(settingsSchema.shape).sort())
  })

  it('gives the defaults when nothing is set, and treats an empty variable as unset', () => {
    const given = settings({ PORT: '', SITE_URL: '' })
    expect(given.PORT).toBe(3000)
    expect(given.SITE_URL).toBe('http://127.0.0.1:4321')
    expect(given.TRUSTED_PROXIES).toBe(0)
    expect(given.PAYLOAD_JOBS_AUTORUN).toBe(true)
  })

  it('reads numbers, flags and choices', () => {
    const given = settings({ PORT: '8080', TRUSTED_PROXIES: '1', LOG_REQUESTS: 'true', SQLITE_SYNCHRONOUS: 'FULL', SITE_SEARCH_DELTA: 'true' })
    expect(given).toMatchObject({ PORT: 8080, TRUSTED_PROXIES: 1, LOG_REQUESTS: true, SQLITE_SYNCHRONOUS: 'FULL', SITE_SEARCH_DELTA: true })
  })

  it('follows the process environment when it changes (npm start and tests set variables as they go)', () => {
    const before = process.env.REBUILD_DEBOUNCE_MS
    try {
      process.env.REBUILD_DEBOUNCE_MS = '750'
      expect(settings().REBUILD_DEBOUNCE_MS).toBe(750)
      process.env.REBUILD_DEBOUNCE_MS = '900'
      expect(settings().REBUILD_DEBOUNCE_MS).toBe(900)
    } finally {
      if (before === undefined) delete process.env.REBUILD_DEBOUNCE_MS
      else process.env.REBUILD_DEBOUNCE_MS = before
    }
  })

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['TRUSTED_PROXIES', '-1'],
    ['TRUSTED_PROXIES', '1.5'],
    ['SITE_URL', 'quangnam.gov.vn'],
    ['CMS_PUBLIC_URL', 'ftp://cms.example'],
    ['COMMENT_RATE_LIMIT_CLIENT', '20 per minute'],
    ['LOG_REQUESTS', 'yes'],
    ['SQLITE_SYNCHRONOUS', 'OFF'],
    ['BACKUP_KEEP', '0'],
    ['SECURITY_CONTACT', 'bao-mat@example.vn'],
  ])('refuses %s=%s, naming it and what it expects', (name, value) => {
    expect(() => settings({ [name]: value })).toThrow(SettingsError)
    expect(() => settings({ [name]: value })).toThrow(new RegExp(`${name}="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": .+`))
  })

  it('never repeats a secret in its message', () => {
    const secret = 'short-but-private'
    let message = ''
    try {
      settings({ PAYLOAD_SECRET: secret, SMTP_URL: 'mail://user:hunter2@host' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/PAYLOAD_SECRET=…: at least 32 characters/)
    expect(message).toMatch(/SMTP_URL=…/)
    expect(message).not.toContain(secret)
    expect(message).not.toContain('hunter2')
  })

  it('no source file reads an environment variable except through the settings', async () => {
    const { glob } = await import('node:fs/promises')
    const offenders: string[] = []
    for await (const file of glob('{cms,site,shared}/**/*.{ts,tsx,mjs,astro}', {
      exclude: (name) => name.includes('node_modules') || name.includes('.next'),
    })) {
      if (file === 'shared/settings.ts') continue
      const source = await readFile(file, 'utf8')
      // Writing a variable for a child process, or handing the whole environment on, is not reading one.
      for (const [line] of source.matchAll(/^.*process\.env\b.*$/gm))
        if (!/process\.env(\.[A-Z_]+|\[\w+\]) (\?\?)?= |delete process\.env\[|\.\.\.process\.env|= process\.env\)/.test(line))
          offenders.push(`${file}: ${line.trim()}`)
    }
    expect(offenders).toEqual([])
  })

  it('knows every variable that the system hands over between its own processes', () => {
    expect(Object.keys(handoversSchema.shape)).toContain('SITE_BUILD_SCOPE')
    expect(Object.keys(handoversSchema.shape).filter((name) => name in settingsSchema.shape)).toEqual([])
  })
})
