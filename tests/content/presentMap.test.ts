import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formerUnitsIn } from '../helpers/formerUnits'

// The demo lives in today's map. The restored 2023 plan is a historical document with its own issuer and agencies;
// agencies.json holds the former agencies on purpose (each with the day it ceased), so it is checked apart.
const historical = new Set(['content/policy-documents/ke-hoach-6684-kh-ubnd-2023.md', 'content/agencies.json'])
const sources = ['content', 'site/src', 'cms/comments', 'cms/collections', 'cms/hooks', 'cms/reports', 'cms/components']
  .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => path.join(folder, file)))
  .filter((file) => /\.(md|mdx|json|ts|tsx|astro)$/.test(file) && !historical.has(file))

type AgencySeed = { name: string; kind: string; parent?: string; ceasedOn?: string; successor?: string }
const agencies = JSON.parse(readFileSync('content/agencies.json', 'utf8')) as AgencySeed[]

describe("the demo's administrative map", () => {
  it('finds what it looks for, and lets a sentence about the past name the past', () => {
    expect(formerUnitsIn('Ủy ban nhân dân huyện Tây Giang')).toHaveLength(1)
    expect(formerUnitsIn('báo cáo gửi Sở Thông tin và Truyền thông.')).toHaveLength(1)
    expect(formerUnitsIn('Hội đồng nhân dân tỉnh thông qua.')).toHaveLength(1)
    expect(formerUnitsIn('Chuyện ở xã Tây Giang; Ban Tuyên giáo và Dân vận Thành ủy.')).toEqual([])
    expect(formerUnitsIn('các xã thuộc huyện Tây Giang trước đây.')).toEqual([])
    // A sentence wrapped over lines is read as one: its marker of the past counts, and so does what it names.
    expect(formerUnitsIn('Sau khi tỉnh Quảng Nam\n  và thành phố Đà Nẵng hợp nhất.')).toEqual([])
    expect(formerUnitsIn('Ủy ban nhân dân các\n  huyện miền núi.')).toHaveLength(1)
  })

  it.each(sources)('%s names only units and agencies that exist today', (file) => {
    expect(formerUnitsIn(readFileSync(file, 'utf8'))).toEqual([])
  })

  it('keeps each former agency only as ceased, with an existing successor, and every current one under a current parent', () => {
    const byName = new Map(agencies.map((agency) => [agency.name, agency]))
    for (const agency of agencies) {
      const former = formerUnitsIn(agency.name).length > 0
      expect(Boolean(agency.ceasedOn), `${agency.name}: ceasedOn`).toBe(former)
      if (agency.successor) expect(byName.get(agency.successor)?.ceasedOn, `${agency.name}: successor`).toBeUndefined()
      if (!agency.ceasedOn && agency.parent) expect(byName.get(agency.parent)?.ceasedOn, `${agency.name}: parent`).toBeUndefined()
    }
    expect(agencies.filter((agency) => agency.kind === 'commune' && !agency.ceasedOn).length).toBeGreaterThan(0)
  })

  it('names the 2023 plan’s issuer as it was, an authority that no longer exists', () => {
    const plan = readFileSync('content/policy-documents/ke-hoach-6684-kh-ubnd-2023.md', 'utf8')
    const issuer = /^issuingAgency: (.+)$/m.exec(plan)![1]!
    expect(issuer).toBe('Ủy ban nhân dân tỉnh Quảng Nam')
    expect(byName(issuer)?.ceasedOn).toBe('2025-07-01')
    expect(byName(issuer)?.successor).toBe('Ủy ban nhân dân thành phố Đà Nẵng')
    for (const [, names] of plan.matchAll(/^\s+(?:lead|coordinating): \[(.+)\]$/gm))
      for (const name of names!.split(',').map((item) => item.trim())) expect(byName(name)?.ceasedOn, name).toBe('2025-07-01')
  })
})

const byName = (name: string) => agencies.find((agency) => agency.name === name)
