import matter from 'gray-matter'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The demo mixes dates relative to the day it is seeded (so that a consultation is always open) with calendar days
// (for what is history). These checks keep the two from contradicting each other, whatever day the demo runs.
type Draft = { title: string; opens: number | Date; closes: number | Date; issuedAt?: Date; numberAndSymbol?: string; preamble?: string; closing?: string }
const read = <T>(folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((file) => /^[^.]+\.md$/.test(file))
    .map((file) => {
      const { data, content } = matter(readFileSync(`content/${folder}/${file}`, 'utf8'))
      return { slug: file.replace(/\.md$/, ''), data: data as T, text: `${JSON.stringify(data)}\n${content}` }
    })
const drafts = read<Draft>('drafts')
const explainers = read<{ lifecycleStage: string; relatedDrafts?: string[]; radioScript?: string }>('explainers')
const briefings = read<{ title: string; heldAt: number | Date }>('press-briefings')

const day = (value: Date) => value.toISOString().slice(0, 10)
/** "có hiệu lực (thi hành) (kể) từ ngày 01 tháng 7 năm 2026" → 2026-07-01. */
const effectDate = (text: string) => {
  const found = /có hiệu lực(?: thi hành)?(?: kể)? từ ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(text)
  return found ? `${found[3]}-${found[2]!.padStart(2, '0')}-${found[1]!.padStart(2, '0')}` : undefined
}

describe('the dates of the demo', () => {
  it.each(drafts)('$slug: a consultation dated relative to today names no fixed day of effect', ({ data, text }) => {
    if (typeof data.closes !== 'number') return
    expect(data.numberAndSymbol, 'an adopted draft has calendar dates').toBeUndefined()
    expect(effectDate(text)).toBeUndefined()
  })

  it.each(drafts.filter(({ data }) => data.numberAndSymbol))('$slug: an adopted draft opened, closed, was issued and took effect in that order', ({ data, text }) => {
    expect(data.opens).toBeInstanceOf(Date)
    expect(data.closes).toBeInstanceOf(Date)
    const issued = data.issuedAt ?? new Date((data.closes as Date).getTime() + 20 * 86_400_000)
    const effect = effectDate(text)
    expect(effect, 'its day of effect').toBeDefined()
    expect(day(data.opens as Date) < day(data.closes as Date)).toBe(true)
    expect(day(data.closes as Date) <= day(issued)).toBe(true)
    expect(day(issued) <= effect!).toBe(true)
    // It is issued (and takes effect) before today, or it could not be called adopted.
    expect(effect! <= day(new Date())).toBe(true)
  })

  it.each(explainers.filter(({ data }) => data.relatedDrafts?.length))('$slug: says of its draft only what the draft’s dates allow', ({ data, text }) => {
    for (const slug of data.relatedDrafts!) {
      const draft = drafts.find((item) => item.slug === slug)!
      const adopted = Boolean(draft.data.numberAndSymbol)
      // "In force" only for an adopted draft; the resolution's number as the draft has it.
      if (!adopted) expect(text, slug).not.toMatch(/đã có hiệu lực|đã thông qua|đã ban hành/u)
      for (const [number] of text.matchAll(/\d+\/\d{4}\/NQ-HĐND/gu)) expect(number, slug).toBe(draft.data.numberAndSymbol)
      const effect = effectDate(draft.text)
      if (effect) for (const [, d, m, y] of text.matchAll(/(?:Từ|từ) ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/gu)) expect(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`).toBe(effect)
    }
  })

  it.each(briefings)('$slug: a briefing whose title names a month was held in that month', ({ data }) => {
    const month = /tháng (\d{1,2}) năm (\d{4})/u.exec(data.title)
    if (!month) return
    expect(data.heldAt).toBeInstanceOf(Date)
    expect(day(data.heldAt as Date).slice(0, 7)).toBe(`${month[2]}-${month[1]!.padStart(2, '0')}`)
  })

  it('checks something: the demo has an adopted draft, open ones and a briefing named by its month', () => {
    expect(drafts.filter(({ data }) => data.numberAndSymbol)).toHaveLength(1)
    expect(drafts.filter(({ data }) => typeof data.closes === 'number').length).toBeGreaterThan(1)
    expect(briefings.some(({ data }) => /tháng \d+ năm/u.test(data.title))).toBe(true)
  })
})

describe('explainers', () => {
  // The handbook's rule: every explainer says what law or document it explains.
  const legalBasis = /(Luật|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Thông tư)( số)? \d|Luật [\p{Lu}][^.\n]*? (năm|ngày) \d/u
  it.each(explainers)('$slug cites its legal basis', ({ text }) => {
    expect(text).toMatch(legalBasis)
  })
})
