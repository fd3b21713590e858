import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { apiSchemaPath, type ApiSchemaName, apiSchemas } from '../../shared/api'
import { basePath, distDir, distFiles, fileForUrl, page, siteUrl } from '../helpers/dist'

const json = (file: string) => JSON.parse(readFileSync(path.join(distDir, file), 'utf8'))
const items = [
  'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/',
  'bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/',
  'ktv/bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/',
  'so-tay/mang-xa-hoi-va-zalo/',
]

describe('oEmbed discovery and embeds', () => {
  it.each(items)('%s links a static oEmbed 1.0 rich response whose iframe points to its embed page', (item) => {
    const link = page(item)('link[rel="alternate"][type="application/json+oembed"]')
    const href = link.attr('href')!
    expect(href.startsWith(`${siteUrl}${basePath}oembed/`)).toBe(true)
    const file = fileForUrl(new URL(href).pathname)!
    const body = json(file)
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Truyền thông chính sách',
      width: 560,
      height: 260,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    })
    const src = /<iframe src="([^"]+)"/.exec(body.html)![1]!
    expect(src).toBe(`${siteUrl}${basePath}nhung/${item}`)
    expect(fileForUrl(new URL(src).pathname)).toBeDefined()
    expect(fileForUrl(new URL(body.thumbnail_url).pathname)).toBeDefined()
  })

  it('offers the copy-paste snippet on the item page', () => {
    expect(page(items[0]!)('.ttcs-embed textarea').text()).toContain(`${basePath}nhung/${items[0]}`)
  })

  it('keeps embed pages under 10 KB with their script, with no third-party requests', () => {
    for (const file of distFiles.filter((name) => name.startsWith('nhung/') && name.endsWith('.html'))) {
      const html = readFileSync(path.join(distDir, file), 'utf8')
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => readFileSync(path.join(distDir, fileForUrl(match[1]!)!)).length)
      expect(html.length + scripts.reduce((a, b) => a + b, 0), file).toBeLessThan(10 * 1024)
      for (const match of html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)) expect(match[1]!.startsWith(`${siteUrl}${basePath}`), match[1]).toBe(true)
    }
  })

  it('shows a draft’s status and days left in the embed, with the data the browser needs to keep them true', () => {
    const $ = page(`nhung/${items[0]}`)
    expect($('[data-ttcs-status]').text()).toBe('Đang lấy ý kiến')
    expect($('[data-ttcs-days-left]').attr('data-closes')).toMatch(/^\d{4}-/)
    expect($('html').attr('lang')).toBe('vi')
    // The Cơ Tu edition of the demo is a sample awaiting translation: its text is Vietnamese and says so.
    expect(page(`nhung/${items[2]}`)('article').attr('lang')).toBe('vi')
  })
})

describe('the JSON API', () => {
  // The JSON Schemas the site publishes, as a newsroom would fetch and validate against them.
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  const validators = new Map<ApiSchemaName, ValidateFunction>()
  const validator = (type: ApiSchemaName) => {
    if (!validators.has(type)) validators.set(type, ajv.compile(json(apiSchemaPath(type))))
    return validators.get(type)!
  }
  const resources: Record<string, keyof typeof apiSchemas> = {
    drafts: 'ApiDraft',
    explainers: 'ApiExplainer',
    'handbook-chapters': 'ApiHandbookChapter',
    'policy-documents': 'ApiPolicyDocument',
    'press-briefings': 'ApiPressBriefing',
  }

  it('lists its resources from an index', () => {
    const index = json('api/v1/index.json')
    expect(validator('ApiIndex')(index)).toBe(true)
    expect(Object.keys(index.resources)).toEqual(['drafts', 'explainers', 'handbook-chapters', 'policy-documents', 'press-briefings', 'directory'])
    // Every schema is published where the index says, and is the one the site's types come from.
    for (const name of Object.keys(apiSchemas) as ApiSchemaName[]) {
      expect(fileForUrl(new URL(index.schemas[name]).pathname), name).toBe(apiSchemaPath(name))
      expect(json(apiSchemaPath(name))).toMatchObject(z.toJSONSchema(apiSchemas[name], { target: 'draft-07' }) as object)
    }
  })

  it.each(Object.entries(resources))('%s: the list and every item validate against their JSON Schema', (resource, type) => {
    const list = json(`api/v1/${resource}.json`)
    const validList = validator('ApiList')
    expect(validList(list), JSON.stringify(validList.errors)).toBe(true)
    expect(list.items.length).toBeGreaterThan(0)
    const validItem = validator(type)
    for (const entry of list.items) {
      const item = json(fileForUrl(new URL(entry.api_url).pathname)!)
      expect(validItem(item), `${entry.api_url}: ${JSON.stringify(validItem.errors)}`).toBe(true)
      expect(fileForUrl(new URL(item.url).pathname)).toBeDefined()
    }
  })

  it('would reject an item that does not match its schema', () => {
    const item = json('api/v1/drafts.json').items[0]
    const draft = json(fileForUrl(new URL(item.api_url).pathname)!)
    const valid = validator('ApiDraft')
    expect(valid({ ...draft, editions: undefined })).toBe(false)
    expect(valid({ ...draft, opensAt: 42 })).toBe(false)
  })

  it('publishes the directory with official contacts only', () => {
    const directory = json('api/v1/directory.json')
    expect(validator('ApiDirectory')(directory)).toBe(true)
    expect(JSON.stringify(directory)).not.toMatch(/"(password|hash|salt|roles)"/)
  })

  it('is documented on the page for newsrooms and developers', () => {
    const $ = page('bao-chi/')
    expect($('h1').text()).toBe('Dành cho báo chí và nhà phát triển')
    for (const link of $('table a').toArray()) expect(fileForUrl($(link).attr('href')!)).toBeDefined()
  })
})
