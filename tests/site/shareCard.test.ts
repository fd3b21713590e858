import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { shareCard } from '../../site/src/lib/shareCard'

/** The box around the title's white ink (the footer band below y = 540 left out). */
async function inkBox(title: string) {
  const { data, info } = await sharp(await shareCard({ title }))
    .raw()
    .toBuffer({ resolveWithObject: true })
  let top = Infinity
  let bottom = -Infinity
  let left = Infinity
  let right = -Infinity
  for (let y = 0; y < 540; y++)
    for (let x = 0; x < info.width; x++) {
      const at = (y * info.width + x) * info.channels
      if (data[at]! > 200 && data[at + 1]! > 200 && data[at + 2]! > 200) {
        top = Math.min(top, y)
        bottom = Math.max(bottom, y)
        left = Math.min(left, x)
        right = Math.max(right, x)
      }
    }
  return { top, bottom, width: right - left + 1, info }
}

describe('share cards', () => {
  it('are 1200×630 PNGs', async () => {
    expect(
      await sharp(await shareCard({ label: 'Dự thảo lấy ý kiến', title: 'Quy định hỗ trợ', facts: 'Sở Nội vụ · Góp ý đến hết ngày 31/12/2026' })).metadata(),
    ).toMatchObject({
      format: 'png',
      width: 1200,
      height: 630,
    })
  })

  // A font without Vietnamese letters shows boxes, or sets the marks beside the letter instead of stacking them. Pango
  // sets the title's box to its ink, so the marks show as extra height: one mark above (Ê) or below (Ẹ), both (Ệ).
  it('stack Vietnamese marks on their letters: each mark adds height, none adds width', async () => {
    const height = (box: { top: number; bottom: number }) => box.bottom - box.top
    const [bare, above, below, both] = await Promise.all(['E', 'Ê', 'Ẹ', 'Ệ'].map(inkBox))
    expect(bare!.width).toBeGreaterThan(20)
    expect(height(above!), 'Ê: a circumflex above').toBeGreaterThan(height(bare!) + 8)
    expect(height(below!), 'Ẹ: a dot below').toBeGreaterThan(height(bare!) + 6)
    expect(height(both!), 'Ệ: both').toBeGreaterThan(Math.max(height(above!), height(below!)) + 6)
    for (const letter of ['Ệ', 'Ặ', 'Ậ', 'Ỗ', 'Ữ', 'Ỷ']) {
      const marked = await inkBox(letter)
      expect(height(marked), `${letter}: stacked marks`).toBeGreaterThan(height(bare!) + 8)
      expect(marked.width, `${letter}: marks stacked, not beside`).toBeLessThan(bare!.width * 1.6)
    }
  })

  it('draw a title full of stacked marks in full, as text of its own length, not as boxes', async () => {
    const title = 'Nghị quyết hỗ trợ học sinh dân tộc thiểu số ở xã đặc biệt khó khăn'
    const full = await inkBox(title)
    const folded = await inkBox(
      title
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd'),
    )
    // The same words without their marks set at nearly the same width (marks take no room of their own)…
    expect(Math.abs(full.width - folded.width)).toBeLessThan(folded.width * 0.08)
    // …while the marks rise above and hang below the bare letters.
    expect(full.bottom - full.top).toBeGreaterThan(folded.bottom - folded.top + 8)
  })
})
