import { Package } from 'datapackage'
import matter from 'gray-matter'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { basePath, distDir, distFiles, fileForUrl, page } from '../helpers/dist'

// What a data journalist does with the open data: find the datasets, validate each package with the Frictionless
// library, read every table back, and find nothing personal in them.
const datasets = distFiles.filter((file) => file.endsWith('/du-lieu/datapackage.json')).map((file) => path.dirname(file))
const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8')
const consultations = readdirSync('content/consultations').map(
  (file) => matter(readFileSync(path.join('content/consultations', file), 'utf8')).data as { comments: { name: string; text: string; mayPublish: boolean }[] },
)
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('open data of answered consultations', () => {
  it('lists every dataset on /du-lieu-mo/ with its licence, and every draft page with a response links its data', () => {
    expect(datasets.length).toBeGreaterThan(0)
    const $ = page('du-lieu-mo/')
    expect($('main').text()).toContain('Creative Commons Attribution 4.0')
    const links = new Set(
      $('main a[href]')
        .map((_, link) => $(link).attr('href'))
        .get(),
    )
    for (const dataset of datasets) {
      for (const file of ['gop-y.csv', 'gop-y.json', 'giai-trinh.csv', 'giai-trinh.json', 'datapackage.json'])
        expect(links).toContain(`${basePath}${dataset}/${file}`)
      const draftPage = page(`${path.dirname(dataset)}/`)
      expect(fileForUrl(draftPage(`a[href$="${dataset}/datapackage.json"]`).attr('href')!)).toBeDefined()
    }
    expect(page('').root().find(`footer a[href="${basePath}du-lieu-mo/"]`).length).toBe(1)
  })

  it.each(datasets)('%s: the Data Package is valid, and every table reads back against its schema, as CSV and as JSON', async (dataset) => {
    const descriptor = JSON.parse(read(`${dataset}/datapackage.json`))
    // datapackage-js reads a byte-order mark as part of the first header (Python's frictionless skips it): it reads a
    // copy of the dataset without the marks, after this test has checked that they are there.
    const copy = mkdtempSync(path.join(tmpdir(), 'ttcs-open-data-'))
    for (const file of readdirSync(path.join(distDir, dataset))) writeFileSync(path.join(copy, file), read(`${dataset}/${file}`).replace(/^\uFEFF/, ''))
    const dataPackage = await Package.load(path.join(copy, 'datapackage.json'))
    expect(dataPackage.errors.map(String)).toEqual([])
    expect(dataPackage.valid).toBe(true)
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0')
    for (const resource of dataPackage.resources) {
      const csv = read(`${dataset}/${resource.name}.csv`)
      // A byte-order mark, so that Excel opens the Vietnamese text as UTF-8.
      expect(csv.charCodeAt(0)).toBe(0xfeff)
      for (const field of descriptor.resources.find((r: { name: string }) => r.name === resource.name).schema.fields)
        expect(field.title && field.description, `${resource.name}.${field.name}`).toBeTruthy()
      // Read and cast by the Frictionless library: each value has its field's type and constraints, or this throws.
      const rows = await resource.read({ keyed: true })
      const json = JSON.parse(read(`${dataset}/${resource.name}.json`)) as Record<string, unknown>[]
      expect(rows.length).toBe(json.length)
      expect(rows.length).toBeGreaterThan(0)
      const cast = (value: unknown) => (value instanceof Date ? value.toISOString().replace(/\.000Z$/, 'Z') : String(value ?? ''))
      for (const [index, row] of json.entries())
        for (const [name, value] of Object.entries(row)) expect(cast(rows[index]![name]), name).toBe(String(value ?? ''))
    }
  })

  it('hold the comments their authors allowed, as written, and nothing personal or withheld', () => {
    const published = consultations.flatMap((consultation) => consultation.comments.filter((comment) => comment.mayPublish))
    const withheld = consultations.flatMap((consultation) => consultation.comments.filter((comment) => !comment.mayPublish))
    const texts = datasets.flatMap((dataset) => (JSON.parse(read(`${dataset}/gop-y.json`)) as { text: string }[]).map((row) => oneLine(row.text)))
    const everything = datasets
      .map((dataset) => ['gop-y.csv', 'gop-y.json', 'giai-trinh.csv', 'giai-trinh.json'].map((file) => read(`${dataset}/${file}`)).join('\n'))
      .join('\n')
    expect(published.some((comment) => texts.includes(oneLine(comment.text)))).toBe(true)
    for (const comment of withheld) expect(texts).not.toContain(oneLine(comment.text))
    for (const comment of [...published, ...withheld]) expect(everything).not.toContain(comment.name)
  })
})
