import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { request } from 'node:http'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { load } from 'cheerio'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relationId } from '../../shared/relationId'
import { launchChromium } from '../helpers/browser'
import { requestFrom } from '../helpers/fromAddress'
import { demoAdmin, npmStart, type RunningSystem, signInAsDemoAdmin } from '../helpers/npmStart'
import { uniqueMarker } from '../helpers/uniqueMarker'
import { sitemapUrls } from '../../site/integrations/previousPages'

// Each attack of the hardening issue, tried against the real `npm start` as an outsider or a rogue editor would.
let system: RunningSystem
let browser: Browser
let closeBrowser: () => Promise<void>
let admin: Record<string, string>
const password = 'mat-khau-thu-tan-cong-1'
const stamp = Date.now()
const emails = { owner: `chu-tri-${stamp}@vi-du.invalid`, other: `co-quan-khac-${stamp}@vi-du.invalid` }
const tokens: Record<keyof typeof emails, string> = { owner: '', other: '' }
const draftSlug = 'quy-dinh-ho-tro-chuyen-doi-so-cap-xa'
let draft: { id: string; draftingAgency: string; dossier: { id: string; kind: string; file: string }[] }

const json = { 'content-type': 'application/json' }
const as = (who: keyof typeof emails, extra: Record<string, string> = {}) => ({ authorization: `JWT ${tokens[who]}`, ...extra })
const cms = (pathname: string) => `${system.cms}${pathname}`

/** A small real PDF (its bytes say so) carrying a marker, as an editor's upload would. */
const pdfWith = (marker: string) => new Blob([`%PDF-1.4\n%${marker}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`], { type: 'application/pdf' })

async function upload(who: keyof typeof emails, title: string, marker: string) {
  const form = new FormData()
  form.set('file', pdfWith(marker), `${marker}.pdf`)
  form.set('_payload', JSON.stringify({ title }))
  const response = await fetch(cms('/api/files'), { method: 'POST', headers: as(who), body: form })
  expect(response.status).toBe(201)
  return (await response.json()).doc as { id: string; filename: string; agency: unknown }
}

/** Waits until the site has been rebuilt after `since` and nothing more is waiting. */
async function siteRebuiltSince(since: number) {
  const statusFile = path.join(system.env.DATA_DIR!, 'site-status.json')
  await expect
    .poll(
      async () => {
        const status = JSON.parse(await readFile(statusFile, 'utf8').catch(() => '{}'))
        return !status.isPending && !status.buildingSince && Date.parse(status.lastSuccessAt ?? 0) > since
      },
      { timeout: 120_000, interval: 500 },
    )
    .toBe(true)
}

beforeAll(async () => {
  // A low per-draft limit, so that one script can pass it within a test.
  system = await npmStart({ COMMENT_RATE_LIMIT_DRAFT: '10/600' })
  ;({ browser, close: closeBrowser } = await launchChromium())
  const { token } = await (await signInAsDemoAdmin(system)).json()
  admin = { authorization: `JWT ${token}`, ...json }
  draft = (await (await fetch(cms(`/api/drafts?where[slug][equals]=${draftSlug}&depth=0`))).json()).docs[0]
  const otherAgency = (await (await fetch(cms(`/api/agencies?where[id][not_equals]=${draft.draftingAgency}&limit=1`))).json()).docs[0].id
  for (const [who, agency] of [
    ['owner', draft.draftingAgency],
    ['other', otherAgency],
  ] as const) {
    const created = await fetch(cms('/api/users'), {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ email: emails[who], password, name: 'Biên tập viên thử', roles: ['agency-editor'], agency }),
    })
    expect(created.status).toBe(201)
    tokens[who] = (
      await (await fetch(cms('/api/users/login'), { method: 'POST', headers: json, body: JSON.stringify({ email: emails[who], password }) })).json()
    ).token
  }
}, 300_000)

afterAll(async () => {
  await closeBrowser?.()
  await system?.stop()
})

describe('uploads', () => {
  it('keeps a file uploaded for an unpublished draft out of the public API, listed or downloaded', async () => {
    const marker = uniqueMarker('tep-chua-cong-bo')
    const file = await upload('owner', 'Tờ trình dự thảo đang soạn', marker)
    expect(relationId(file.agency)).toBe(draft.draftingAgency)
    const pending = await fetch(cms('/api/drafts?draft=true'), {
      method: 'POST',
      headers: as('owner', json),
      body: JSON.stringify({
        title: `Dự thảo đang soạn ${marker}`,
        draftingAgency: draft.draftingAgency,
        dossier: [{ kind: 'draft-text', file: file.id }],
        _status: 'draft',
      }),
    })
    expect(pending.status).toBe(201)
    for (const url of [
      '/api/files',
      `/api/files?where[filename][equals]=${file.filename}`,
      `/api/files/${file.id}`,
      `/api/files/file/${file.filename}`,
      '/api/media',
    ]) {
      const response = await fetch(cms(url))
      expect([403, 404], url).toContain(response.status)
      expect(await response.text(), url).not.toContain(marker)
    }
    // Signed in, its own agency reads it.
    expect(await (await fetch(cms(`/api/files/file/${file.filename}`), { headers: as('owner') })).text()).toContain(marker)
    // Another agency's editor does not, listed, by ID or downloaded.
    for (const url of [`/api/files?where[filename][equals]=${file.filename}`, `/api/files/${file.id}`, `/api/files/file/${file.filename}`]) {
      const response = await fetch(cms(url), { headers: as('other') })
      expect(await response.text(), url).not.toContain(marker)
    }
  })

  it('keeps the files that published drafts use on the public site, and only there', async () => {
    const html = await (await fetch(`${system.site}du-thao/${draftSlug}/`)).text()
    const links = [...html.matchAll(/href="\/(tai-lieu\/[^"]+)"/g)].map((match) => match[1]!)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect((await fetch(`${system.site}${link}`)).status).toBe(200)
  })

  it('refuses an agency editor who replaces or deletes another agency’s published file, and the file stays as it was', async () => {
    const fileId = draft.dossier[0]!.file
    const { filename } = await (await fetch(cms(`/api/files/${fileId}?depth=0`), { headers: admin })).json()
    const bytes = async () =>
      createHash('sha256')
        .update(Buffer.from(await (await fetch(cms(`/api/files/file/${filename}`), { headers: admin })).arrayBuffer()))
        .digest('hex')
    const before = await bytes()
    const forged = new FormData()
    forged.set('file', pdfWith('gia-mao'), 'gia-mao.pdf')
    forged.set('_payload', JSON.stringify({ title: 'Tệp giả mạo' }))
    expect([403, 404]).toContain((await fetch(cms(`/api/files/${fileId}`), { method: 'PATCH', headers: as('other'), body: forged })).status)
    expect([403, 404]).toContain((await fetch(cms(`/api/files/${fileId}`), { method: 'DELETE', headers: as('other') })).status)
    // Its own agency cannot change it either while published content uses it: that would bypass review.
    const ownForgery = new FormData()
    ownForgery.set('file', pdfWith('gia-mao-2'), 'gia-mao-2.pdf')
    ownForgery.set('_payload', JSON.stringify({ title: 'Tệp thay không qua duyệt' }))
    const own = await fetch(cms(`/api/files/${fileId}`), { method: 'PATCH', headers: as('owner'), body: ownForgery })
    expect(own.status).toBe(403)
    expect((await own.json()).errors[0].message).toContain('đang được dùng trong nội dung đã xuất bản')
    expect((await fetch(cms(`/api/files/${fileId}`), { method: 'DELETE', headers: as('owner') })).status).toBe(403)
    expect(await bytes()).toBe(before)
  })

  it('records every upload in the audit log, with who made it', async () => {
    const { docs } = await (
      await fetch(cms(`/api/audit-log?where[collectionSlug][equals]=files&where[action][equals]=upload&limit=50`), { headers: admin })
    ).json()
    expect(docs.map((entry: { userEmail: string }) => entry.userEmail)).toContain(emails.owner)
  })
})

describe('comments', () => {
  const post = (text: string, headers: Record<string, string> = {}) =>
    fetch(cms('/api/comments'), {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify({ draft: draft.id, text, name: 'Người gửi tự động', locality: 'phường Hội An', consent: true }),
    })

  it('counts a script that rotates X-Forwarded-For as one client: the 21st comment is refused', async () => {
    const statuses: number[] = []
    for (let n = 1; n <= 25; n++) statuses.push((await post(`Góp ý tự động số ${n} của một kịch bản.`, { 'x-forwarded-for': `198.51.100.${n}` })).status)
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201))
    expect(statuses.slice(20)).toEqual(Array(5).fill(429))
  })

  it('still hears a citizen at another address, also when the script claimed to be that address, keeping the comment for moderation', async () => {
    for (let n = 1; n <= 3; n++) await post(`Góp ý mạo danh số ${n}.`, { 'x-forwarded-for': '127.0.0.2' })
    const text = 'Đề nghị giữ hỗ trợ cho thôn vùng sâu, gửi từ máy khác.'
    const sent = await requestFrom('127.0.0.2', cms('/api/comments'), {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ draft: draft.id, text, name: 'Công dân thật', locality: 'xã Trà My', consent: true }),
    })
    expect(sent.status).toBe(201)
    const { docs } = await (await fetch(cms(`/api/comments?where[text][equals]=${encodeURIComponent(text)}&depth=0`), { headers: admin })).json()
    // Past the per-draft limit (10 here) nothing is refused; it is marked as sent during a surge.
    expect(docs[0]).toMatchObject({ state: 'new', sentInSurge: true })
  })

  it('treats the same text from a new address as the duplicate it is', async () => {
    const again = await requestFrom('127.0.0.3', cms('/api/comments'), {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        draft: draft.id,
        text: 'Góp ý tự động số 1 của một kịch bản.',
        name: 'Người gửi tự động',
        locality: 'phường Hội An',
        consent: true,
      }),
    })
    expect(again.status).toBe(409)
  })

  it('lets nobody change a citizen’s words, name or consent; moderation changes only the state, and is audited', async () => {
    const text = 'Góp ý thật: đề nghị nêu rõ thời hạn hỗ trợ.'
    expect(
      (
        await requestFrom('127.0.0.5', cms('/api/comments'), {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ draft: draft.id, text, name: 'Trần Thị Hoa', locality: 'xã Duy Xuyên', consent: true }),
        })
      ).status,
    ).toBe(201)
    const [comment] = (await (await fetch(cms(`/api/comments?where[text][equals]=${encodeURIComponent(text)}&depth=0`), { headers: admin })).json()).docs
    for (const change of [{ text: 'Tôi hoàn toàn đồng ý với dự thảo.' }, { name: 'Người khác' }, { mayPublish: true }, { contact: 'gia@vi-du.invalid' }]) {
      const response = await fetch(cms(`/api/comments/${comment.id}`), { method: 'PATCH', headers: as('owner', json), body: JSON.stringify(change) })
      expect(response.status, JSON.stringify(change)).toBe(403)
    }
    const moderated = await fetch(cms(`/api/comments/${comment.id}`), {
      method: 'PATCH',
      headers: as('owner', json),
      body: JSON.stringify({ state: 'valid', moderationNote: 'Góp ý đúng phạm vi.' }),
    })
    expect(moderated.status).toBe(200)
    const stored = await (await fetch(cms(`/api/comments/${comment.id}?depth=0`), { headers: admin })).json()
    expect(stored).toMatchObject({ text, name: 'Trần Thị Hoa', mayPublish: false, state: 'valid' })
    const { docs } = await (
      await fetch(cms(`/api/audit-log?where[documentId][equals]=${comment.id}&where[action][equals]=moderate`), { headers: admin })
    ).json()
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ userEmail: emails.owner, note: 'Mới → Hợp lệ · Góp ý đúng phạm vi.' })
  })
})

describe('requests', () => {
  /** The resident memory of the CMS's HTTP front, in MB. */
  const cmsMemoryMb = () => {
    const pid = execFileSync('pgrep', ['-P', String(system.pid()), '-f', 'cms/server/index.ts'], { encoding: 'utf8' })
      .trim()
      .split('\n')[0]
    const status = execFileSync('cat', [`/proc/${pid}/status`], { encoding: 'utf8' })
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024
  }

  it('answers a 100 MB JSON body with 413 before reading it, and the server’s memory stays flat', async () => {
    const before = cmsMemoryMb()
    const size = 100 * 1024 * 1024
    const chunk = Buffer.alloc(256 * 1024, 0x20)
    const { status, body, sent } = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0
      let answered = false
      const outgoing = request(cms('/api/drafts'), { method: 'POST', headers: { ...admin, 'content-length': String(size) } }, (response) => {
        answered = true
        let body = ''
        response.on('data', (part) => (body += part))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, sent }))
      })
      outgoing.on('error', (error) => (answered ? undefined : reject(error)))
      const pump = () => {
        while (!answered && sent < size) {
          sent += chunk.length
          if (!outgoing.write(chunk)) return void outgoing.once('drain', pump)
        }
        if (sent >= size) outgoing.end()
      }
      pump()
    })
    expect(status).toBe(413)
    expect(JSON.parse(body).errors[0].message).toContain('quá lớn')
    // How much the client got to send before the answer reached it depends on the machine's load (the server discards
    // it as it arrives); what must hold is that the server kept none of it.
    expect(sent).toBeGreaterThan(0)
    expect(cmsMemoryMb() - before).toBeLessThan(40)
  })

  it('refuses a body whose length is not given, and uploads larger than their kind allows', async () => {
    const chunked = await new Promise<number>((resolve, reject) => {
      const outgoing = request(cms('/api/comments'), { method: 'POST', headers: { ...json, 'transfer-encoding': 'chunked' } }, (response) =>
        resolve(response.statusCode ?? 0),
      )
      outgoing.on('error', reject)
      outgoing.end('{"text":"không báo độ dài"}')
    })
    expect(chunked).toBe(411)
    const image = await new Promise<number>((resolve) => {
      const outgoing = request(
        cms('/api/media'),
        { method: 'POST', headers: { ...admin, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(20 * 1024 * 1024) } },
        (response) => resolve(response.statusCode ?? 0),
      )
      outgoing.on('error', () => undefined)
      outgoing.write('--x\r\n')
    })
    expect(image).toBe(413)
  })

  it('ignores the session cookie on requests from another site', async () => {
    const login = await signInAsDemoAdmin(system)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const from = (origin: string) => fetch(cms('/api/comments?limit=1&depth=0'), { headers: { cookie, origin } })
    expect((await from('https://trang-gia-mao.example')).status).toBe(403)
    expect((await from(new URL(system.cms).origin)).status).toBe(200)
  })

  it('does not let a stranger who keeps failing to sign in lock the admin out', async () => {
    const { email } = demoAdmin(system)
    const statuses: number[] = []
    for (let attempt = 0; attempt < 8; attempt++) {
      statuses.push(
        (
          await requestFrom('127.0.0.4', cms('/api/users/login'), {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ email, password: `doan-sai-${attempt}` }),
          })
        ).status,
      )
    }
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(401))
    expect(statuses.slice(5)).toEqual(Array(3).fill(429))
    expect((await signInAsDemoAdmin(system)).status).toBe(200)
  })

  it('puts the security headers on every response of the site and the CMS', async () => {
    const home = await (await fetch(system.site)).text()
    const asset = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(home)?.[1]
    const site = [
      system.site,
      `${system.site}khong-co/`,
      `${system.site}nguoi-phat-ngon/`,
      `${system.site}feed.xml`,
      ...(asset ? [`${system.site}${asset.slice(1)}`] : []),
    ]
    for (const url of site) {
      const response = await fetch(url)
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('content-security-policy'), url).toContain("frame-ancestors 'none'")
    }
    expect(home).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/)
    const embed = await fetch(`${system.site}nhung/du-thao/${draftSlug}/`)
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *')
    const oversized = await fetch(cms('/api/comments'), { method: 'POST', headers: json, body: 'x'.repeat(100_000) })
    expect(oversized.status).toBe(413)
    for (const response of [await fetch(cms('/admin/login')), await fetch(cms('/api/drafts?limit=1')), await fetch(cms('/api/files')), oversized]) {
      expect(response.headers.get('x-content-type-options'), response.url).toBe('nosniff')
      expect(response.headers.get('content-security-policy'), response.url).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-frame-options'), response.url).toBe('DENY')
    }
  })
})

describe('workflow', () => {
  it('shows anonymous readers neither review notes nor who saved a document', async () => {
    for (const kind of ['drafts', 'explainers', 'handbook-chapters']) {
      const { docs } = await (await fetch(cms(`/api/${kind}?limit=5&depth=0`))).json()
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) for (const field of ['reviewState', 'reviewNote', 'updatedBy']) expect(doc, `${kind}.${field}`).not.toHaveProperty(field)
    }
  })

  it('does not let a REST client fabricate the previous version the public comparison shows', async () => {
    const before = (await (await fetch(cms(`/api/drafts/${draft.id}?depth=0`), { headers: admin })).json()).previousVersion
    const response = await fetch(cms(`/api/drafts/${draft.id}`), {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ previousVersion: { label: 'Dự thảo giả', articles: [{ number: 1, heading: 'Giả', body: 'Điều chưa từng có.' }] } }),
    })
    expect(response.status).toBe(200)
    const after = (await (await fetch(cms(`/api/drafts/${draft.id}?depth=0`), { headers: admin })).json()).previousVersion
    expect(after).toEqual(before)
  })

  it('does not let an agency editor unpublish or delete a draft in the middle of its consultation', async () => {
    const unpublish = await fetch(cms(`/api/drafts/${draft.id}`), { method: 'PATCH', headers: as('owner', json), body: JSON.stringify({ _status: 'draft' }) })
    expect(unpublish.status).toBe(403)
    expect((await fetch(cms(`/api/drafts/${draft.id}`), { method: 'DELETE', headers: as('owner') })).status).toBe(403)
    expect((await (await fetch(cms(`/api/drafts/${draft.id}?depth=0`))).json())._status).toBe('published')
  })
})

describe('stored script injection', () => {
  const attack = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><svg/onload=window.__pwned=3>'
  const notText = new Set([
    'id',
    'slug',
    'createdAt',
    'updatedAt',
    '_status',
    'email',
    'phone',
    'website',
    'url',
    'numberAndSymbol',
    'versionLabel',
    'previousVersion',
    'kind',
    'outcome',
  ])
  const isText = (key: string, value: unknown): value is string => typeof value === 'string' && !notText.has(key) && /\s/.test(value)

  /** The document with the attack appended to every field of human text, rich text included. */
  function poisoned(value: unknown, key = ''): unknown {
    if (isText(key, value)) return `${value} ${attack}`
    if (Array.isArray(value)) return value.map((item) => poisoned(item))
    if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>
      if (node.type === 'text' && typeof node.text === 'string') return { ...node, text: `${node.text} ${attack}` }
      return Object.fromEntries(
        Object.entries(node)
          .filter(([name]) => !notText.has(name) || name === 'id')
          .map(([name, child]) => [name, name === 'id' ? child : poisoned(child, name)]),
      )
    }
    return value
  }

  /** When the snapshot first held the attack in every kind of document (each rebuild exports it anew). */
  async function snapshotWithAttack(): Promise<number> {
    const kinds = ['drafts', 'explainers', 'handbookChapters', 'policyDocuments', 'pressBriefings', 'spokespersons', 'agencies', 'topics']
    const read = (name: string) => readFile(path.join(system.env.SNAPSHOT_DIR!, `${name}.json`), 'utf8').catch(() => '')
    const missing = async () => (await Promise.all(kinds.map(async (kind) => ((await read(kind)).includes('__pwned') ? [] : [kind])))).flat()
    await expect.poll(missing, { timeout: 120_000, interval: 500 }).toEqual([])
    return Date.parse(JSON.parse(await read('manifest')).exportedAt)
  }

  it('puts script in every text field of every public kind; no page runs it and no policy is broken', async () => {
    const reviewed = ['drafts', 'explainers', 'handbook-chapters', 'policy-documents', 'press-briefings', 'consultation-responses']
    for (const kind of [...reviewed, 'spokespersons', 'agencies', 'topics']) {
      const published = reviewed.includes(kind) ? '&where[_status][equals]=published' : ''
      const list = await (await fetch(cms(`/api/${kind}?limit=2&depth=0&locale=vi${published}`), { headers: admin })).json()
      for (const doc of list.docs as Record<string, unknown>[]) {
        const changes = Object.fromEntries(
          Object.entries(doc)
            .filter(([key, value]) => !notText.has(key) && JSON.stringify(poisoned(value, key)) !== JSON.stringify(value))
            .map(([key, value]) => [key, poisoned(value, key)]),
        )
        const response = await fetch(cms(`/api/${kind}/${doc.id}?locale=vi`), {
          method: 'PATCH',
          headers: admin,
          body: JSON.stringify(published ? { ...changes, _status: 'published' } : changes),
        })
        expect(response.status, `${kind} ${doc.id}: ${await response.clone().text()}`).toBe(200)
      }
    }
    await siteRebuiltSince(await snapshotWithAttack())

    const sitemap = await (await fetch(`${system.site}sitemap-0.xml`)).text()
    const pages = sitemapUrls(sitemap).map((url) => url.replace(/^https?:\/\/[^/]+\//, system.site))
    pages.push(`${system.site}bang-tin/`, `${system.site}nhung/du-thao/${draftSlug}/`, `${system.site}tim-kiem/?q=onerror`)
    const context = await browser.newContext()
    await context.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { __violations: seen })
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
    let carrying = 0
    for (const url of pages) {
      const response = await page.goto(url, { waitUntil: 'load' })
      const html = (await response?.text()) ?? ''
      if (html.includes('__pwned')) carrying++
      // As the browser parses it: no element the attack wrote (inside attribute values `<` is only text).
      const $ = load(html)
      const scripts = $('script').filter((_, element) => !/json/.test($(element).attr('type') ?? '') && $(element).text().includes('__pwned'))
      expect(scripts.length, url).toBe(0)
      expect($('[onerror], [onload], img[src="x"]').length, url).toBe(0)
      if (url.includes('tim-kiem/?q=')) {
        // Search results whose excerpts carry the attack as text: shown, and inert.
        await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-ttcs-search-status]')?.textContent ?? ''))
        expect(await page.locator('[data-ttcs-results] .ttcs-card__text', { hasText: 'onerror' }).count()).toBeGreaterThan(0)
      }
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), url).toBeUndefined()
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), url).toEqual([])
    }
    expect(errors).toEqual([])
    // The attack reached dozens of pages as text (every page that shows a poisoned title, name or text), and ran on none.
    expect(carrying).toBeGreaterThan(20)
    await context.close()

    const feed = await new Parser().parseURL(`${system.site}feed.xml`)
    expect(feed.items.some((item) => item.title?.includes(attack))).toBe(true)
  }, 600_000)
})

describe('withdrawn files', () => {
  it('takes a file removed from a published draft off the site at the next rebuild', async () => {
    const current = await (await fetch(cms(`/api/drafts/${draft.id}?depth=0`), { headers: admin })).json()
    const html = await (await fetch(`${system.site}du-thao/${draftSlug}/`)).text()
    const links = [...html.matchAll(/href="\/(tai-lieu\/[^"]+)"/g)].map((match) => match[1]!)
    const withdrawn = links.at(-1)!
    expect((await fetch(`${system.site}${withdrawn}`)).status).toBe(200)
    const since = Date.now()
    const response = await fetch(cms(`/api/drafts/${draft.id}`), {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ dossier: current.dossier.slice(0, -1), _status: 'published' }),
    })
    expect(response.status).toBe(200)
    await siteRebuiltSince(since)
    expect((await fetch(`${system.site}${withdrawn}`)).status).toBe(404)
    expect((await fetch(`${system.site}${links[0]}`)).status).toBe(200)
  })
})
