import { describe, expect, it } from 'vitest'
import { blocksText, htmlToBlocks } from '../../site/downloads/htmlToBlocks'

describe('htmlToBlocks', () => {
  it('turns the snapshot’s rich text into headings, paragraphs with emphasis and links, lists and footnotes', () => {
    const blocks = htmlToBlocks(
      '<h2>Mục đích</h2><p>Theo <strong>Kế hoạch</strong> <a href="https://vi-du.invalid/">số 6684</a><span data-footnote="Ngày 29/9/2023."></span>.</p><ol><li>Một</li><li>Hai</li></ol>',
    )
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Mục đích' })
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      inlines: [
        { text: 'Theo ' },
        { text: 'Kế hoạch', bold: true },
        { text: ' ' },
        { text: 'số 6684', href: 'https://vi-du.invalid/' },
        { text: '', footnote: 'Ngày 29/9/2023.' },
        { text: '.' },
      ],
    })
    expect(blocks[2]).toEqual({ type: 'list', ordered: true, items: [[{ text: 'Một' }], [{ text: 'Hai' }]] })
  })

  it('reads tables inside their container, with the header row apart, and images with their alt text', () => {
    const blocks = htmlToBlocks(
      '<div class="ttcs-table"><table><tbody><tr><th>Việc</th><th>Hạn</th></tr><tr><td>Lập kế hoạch</td><td>Quý I</td></tr></tbody></table></div><figure><img data-image-id="1" src="media/a.png" alt="Bản đồ" width="800" height="600"></figure>',
    )
    expect(blocks).toEqual([
      { type: 'table', header: ['Việc', 'Hạn'], rows: [['Lập kế hoạch', 'Quý I']] },
      { type: 'image', path: 'media/a.png', alt: 'Bản đồ', width: 800, height: 600 },
    ])
  })

  it('keeps text as data: markup written as text stays text', () => {
    expect(blocksText(htmlToBlocks('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'))).toContain('<script>alert(1)</script>')
  })
})
