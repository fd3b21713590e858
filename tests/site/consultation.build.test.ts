import matter from 'gray-matter'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { basePath, distDir, distFiles, fileForUrl, page } from '../helpers/dist'

// The seed's comments, with the personal details that must never reach the public site.
const seeded = matter(readFileSync('content/consultations/quy-dinh-han-muc-giao-dat-o.md', 'utf8')).data as {
  comments: { key: string; name: string; locality: string; mayPublish?: boolean; state?: string; text: string }[]
}
// The leak check plants two more valid comments on Điều 4, answered by the first (accepted) item, one of them quoted
// (tests/helpers/unpublishedDocuments.ts).
const planted = { valid: 2, quoted: ['Góp ý được công khai, còn người gửi thì không.'] }
const openDraft = 'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/'
const answeredDraft = 'du-thao/quy-dinh-han-muc-giao-dat-o/'
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('the comment form on an open draft', () => {
  const $ = page(openDraft)
  const form = $('form[data-ttcs-comment-form]')

  it('posts to the CMS without JavaScript, with the draft and every field labelled', () => {
    expect(form.attr('method')).toBe('post')
    expect(form.attr('action')).toMatch(/^https?:\/\/[^/]+\/api\/comments$/)
    expect(form.find('input[type=hidden][name=draft]').val()).toMatch(/^[0-9a-f-]{36}$/)
    for (const name of ['article', 'text', 'name', 'locality', 'contact', 'mayPublish', 'consent']) {
      const field = form.find(`[name=${name}]`)
      expect(field, name).toHaveLength(1)
      expect(form.find(`label[for="${field.attr('id')}"]`).text().length, name).toBeGreaterThan(3)
    }
    expect(form.find('textarea[name=text]').attr('maxlength')).toBe('5000')
    expect(form.find('[name=consent]').is('[required]')).toBe(true)
    expect(form.find('label[for="gop-y-dong-y"]').text()).toContain('Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15)')
  })

  it('offers each article of the draft, and comments on the draft as a whole', () => {
    const options = form
      .find('select[name=article] option')
      .map((_, el) => $(el).attr('value'))
      .get()
    const articles = $('.ttcs-article h3')
      .map((_, el) => /^Điều (\d+)/.exec($(el).text())?.[1])
      .get()
    expect(options).toEqual(['general', ...articles])
  })

  it('hides the trap field from people: off-screen, out of the tab order, silent to screen readers', () => {
    const trap = form.find('[name=website]')
    expect(trap.attr('tabindex')).toBe('-1')
    expect(trap.closest('[aria-hidden="true"]')).toHaveLength(1)
  })

  it('has a confirmation page to come back to, kept out of search engines and the sitemap', () => {
    const confirmation = page(`${openDraft}da-gui-gop-y/`)
    expect(confirmation('h1').text()).toBe('Đã gửi góp ý')
    expect(confirmation('meta[name=robots]').attr('content')).toBe('noindex')
    expect(confirmation(`main a[href="${basePath}${openDraft}"]`).last().text()).toContain('Trở lại dự thảo')
    const sitemaps = distFiles
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(path.join(distDir, file), 'utf8'))
      .join('')
    expect(sitemaps).toContain(`${basePath}${openDraft}`)
    expect(sitemaps).not.toContain('da-gui-gop-y')
  })

  it('is not offered on drafts that are not open', () => {
    expect(page(answeredDraft)('form[data-ttcs-comment-form]')).toHaveLength(0)
    expect(page('du-thao/nghi-quyet-ho-tro-hoc-sinh-dan-toc-thieu-so/')('form[data-ttcs-comment-form]')).toHaveLength(0)
  })
})

describe('the published response on a closed draft', () => {
  const $ = page(answeredDraft)
  const response = $('#giai-trinh')

  it('marks the draft as answered', () => {
    expect($('[data-ttcs-status]').first().text()).toBe('Đã tiếp thu, giải trình')
    expect($('[data-ttcs-status]').first().attr('data-responded')).toBe('true')
  })

  it('counts the valid comments by article and by outcome', () => {
    const valid = seeded.comments.filter((comment) => (comment.state ?? 'valid') === 'valid')
    expect(response.text()).toContain(`Tổng số ý kiến hợp lệ: ${valid.length + planted.valid}`)
    const byArticle = response.find('caption:contains("Theo điều")').closest('table')
    const cells = (row: ReturnType<typeof $>) =>
      row
        .find('th, td')
        .map((_, el) => squash($(el).text()))
        .get()
    expect(cells(byArticle.find('tr:contains("Điều 4.")'))).toEqual(['Điều 4. Diện tích tối thiểu được tách thửa', String(3 + planted.valid)])
    const byOutcome = response.find('caption:contains("Theo kết quả")').closest('table')
    expect(
      byOutcome
        .find('tbody tr')
        .map((_, row) => cells($(row)).join(': '))
        .get(),
    ).toEqual([`Tiếp thu: ${5 + planted.valid}`, 'Tiếp thu một phần: 1', 'Không tiếp thu: 1'])
  })

  it('quotes only the comments whose authors allowed it, escaped, without names or places, each linked to its answer', () => {
    const quotes = response
      .find('[id^="y-kien-"] blockquote')
      .map((_, el) => squash($(el).text()))
      .get()
    const allowed = seeded.comments.filter((comment) => comment.mayPublish && (comment.state ?? 'valid') === 'valid')
    expect(quotes.sort()).toEqual([...allowed.map((comment) => squash(comment.text)), ...planted.quoted].sort())
    const html = readFileSync(path.join(distDir, answeredDraft, 'index.html'), 'utf8')
    expect(html).toContain('lối đi &lt; 3 m') // the "<" a citizen typed, escaped
    for (const comment of seeded.comments) {
      expect(html).not.toContain(comment.name)
      if (!comment.mayPublish || comment.state === 'spam') expect(html).not.toContain(squash(comment.text).slice(0, 50))
    }
    const first = response.find('[id^="y-kien-"]').first()
    const answer = first.find('a[href^="#giai-trinh-"]').attr('href')!
    expect($(answer)).toHaveLength(1)
    expect($(answer).find(`a[href="#${first.attr('id')}"]`)).toHaveLength(1)
  })
})

describe('what changed between versions', () => {
  const $ = page(answeredDraft)
  const changes = $('.ttcs-changes')

  it('shows each changed article word by word against the previous published version', () => {
    expect(changes.find('h2').text()).toBe('Những điểm thay đổi so với dự thảo lần 1')
    const article4 = changes.find('#thay-doi-dieu-4')
    expect(
      article4
        .find('del')
        .map((_, el) => squash($(el).text()))
        .get(),
    ).toEqual(['bỏ: 100', 'bỏ: 200', 'bỏ: 8'])
    expect(
      article4
        .find('ins')
        .map((_, el) => squash($(el).text()))
        .get(),
    ).toEqual(['thêm: 80', 'thêm: 100', 'thêm: 5'])
    expect(changes.find('#thay-doi-dieu-6 ins').text()).toContain('trừ trường hợp người sử dụng đất có đề nghị')
    expect(changes.text()).toContain('Các điều không thay đổi: Điều 1, Điều 2, Điều 3, Điều 7.')
  })

  it('links each change to the comments that led to it, counting those not published', () => {
    const article4 = changes.find('#thay-doi-dieu-4')
    const links = article4.find('a[href^="#y-kien-"]')
    expect(links).toHaveLength(2)
    links.each((_, link) => expect($($(link).attr('href')!)).toHaveLength(1))
    expect(article4.text()).toContain('1 ý kiến không công khai nội dung')
  })

  it('is not shown for a draft with a single version', () => {
    expect(page(openDraft)('.ttcs-changes')).toHaveLength(0)
    expect(fileForUrl(`${basePath}${openDraft}`)).toBeDefined()
  })
})
