import { describe, expect, it } from 'vitest'
import { basePath, fileForUrl, page } from '../helpers/dist'

const openDraft = 'du-thao/quy-dinh-ho-tro-chuyen-doi-so-cap-xa/'
const explainer = 'bai-giai-thich/ho-tro-to-cong-nghe-so-cong-dong/'

describe('the home page', () => {
  it('lists drafts open for comment with the days left', () => {
    const $ = page('')
    const open = $('#dang-lay-y-kien').next('ul')
    expect(open.text()).toContain('Quy định hỗ trợ chuyển đổi số')
    expect(open.find('[data-ttcs-days-left]').first().text()).toMatch(/Còn \d+ ngày để góp ý/)
  })

  it('shows the upcoming draft apart from the open ones', () => {
    expect(page('')('#sap-lay-y-kien').next('ul').text()).toContain('học sinh người dân tộc thiểu số')
  })

  it('links the handbook chapters and the spokesperson coverage', () => {
    const $ = page('')
    expect($('#so-tay').next('ol').find('a')).toHaveLength(6)
    expect($('#phat-ngon').next('p').text()).toMatch(/^\s*\d+\/\d+ cơ quan, đơn vị có người phát ngôn\s*$/)
  })
})

describe('a draft page', () => {
  it('writes the consultation dates the Vietnamese way inside <time> elements', () => {
    const $ = page(openDraft)
    const times = $('dl.ttcs-meta time')
    expect(times).toHaveLength(2)
    expect(times.first().text()).toMatch(/^ngày \d{1,2} tháng \d{1,2} năm \d{4}$/)
    expect(times.first().attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('carries the built status and the dates the status script needs', () => {
    const badge = page(openDraft)('[data-ttcs-status]').first()
    expect(badge.text()).toBe('Đang lấy ý kiến')
    expect(badge.attr('data-closes')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('shows every article with an anchor and a table of contents', () => {
    const $ = page(openDraft)
    expect($('.ttcs-article')).toHaveLength(8)
    expect($('#dieu-5 h3').text()).toBe('Điều 5. Hỗ trợ tổ công nghệ số cộng đồng')
    expect($('.ttcs-toc a[href="#dieu-5"]')).toHaveLength(1)
  })

  it('offers the dossier as downloads with file type and size that exist in the build', () => {
    const $ = page(openDraft)
    const links = $('#ho-so').parent().find('a[download]')
    expect(links.map((_, link) => $(link).text()).get()).toEqual(['Dự thảo văn bản', 'Tờ trình', 'Báo cáo đánh giá tác động'])
    expect($('#ho-so').parent().text()).toMatch(/DOCX, \d+(,\d)? KB/)
    for (const link of links.toArray()) expect(fileForUrl($(link).attr('href')!)).toBeDefined()
  })

  it('links the related explainer', () => {
    expect(page(openDraft)('#bai-lien-quan').parent().find(`a[href="${basePath}${explainer}"]`)).toHaveLength(1)
  })

  it('says so on an issued draft, and shows the response on an answered one instead of "awaiting"', () => {
    expect(page('du-thao/nghi-quyet-ho-tro-dao-tao-nghe-lao-dong-nong-thon/')('.ttcs-notice').text()).toContain('Đã ban hành: 12/2026/NQ-HĐND')
    const answered = page('du-thao/quy-dinh-han-muc-giao-dat-o/')
    expect(answered('#giai-trinh h2').text()).toBe('Tổng hợp, giải trình, tiếp thu ý kiến góp ý')
    expect(answered('.ttcs-notice').text()).not.toContain('đang tổng hợp, tiếp thu và giải trình')
  })
})

describe('the drafts list', () => {
  it('filters by status, type and agency with plain links to built pages', () => {
    const $ = page('du-thao/')
    const filters = $('nav.ttcs-filters a')
    expect(filters.length).toBeGreaterThan(8)
    for (const link of filters.toArray()) expect(fileForUrl($(link).attr('href')!), $(link).attr('href')).toBeDefined()
    const open = page('du-thao/trang-thai/dang-lay-y-kien/')
    expect(open('.ttcs-list .ttcs-card')).toHaveLength(1)
    expect(page('du-thao/co-quan/so-nong-nghiep-va-moi-truong/')('.ttcs-card__title').text()).toContain('hạn mức giao đất ở')
    expect($('nav.ttcs-filters h2:contains("Theo lĩnh vực")').next('ul').find(`a[href="${basePath}linh-vuc/dat-dai/"]`)).toHaveLength(1)
  })
})

describe('an explainer page', () => {
  it('has the lead, a responsive hero image with alt text and share links', () => {
    const $ = page(explainer)
    expect($('.ttcs-lead').text()).toContain('Dự thảo quyết định của UBND thành phố')
    const img = $('.ttcs-hero img')
    expect(img.attr('alt')).toContain('tổ công nghệ số cộng đồng')
    const srcset = $('.ttcs-hero source').attr('srcset')!
    expect(srcset.split(',').map((entry) => entry.trim().split(' ')[1])).toEqual(['480w', '960w', '1600w'])
    for (const entry of srcset.split(',')) expect(fileForUrl(entry.trim().split(' ')[0]!)).toBeDefined()
    expect($('a[href^="https://sp.zalo.me/share_to_zalo"]')).toHaveLength(1)
    expect($('a[href^="https://www.facebook.com/sharer"]')).toHaveLength(1)
  })

  it('shows the radio script and links the other-language edition', () => {
    const $ = page(explainer)
    expect($('details.ttcs-radio summary').text()).toBe('Kịch bản phát thanh, loa truyền thanh')
    expect($(`a[hreflang="ktv"][href="${basePath}ktv/${explainer}"]`)).toHaveLength(1)
  })

  it.each(['gop-y-du-thao-van-ban-quyen-cua-ban', 'nhan-biet-tin-gia-ve-chinh-sach', 'han-muc-giao-dat-o-nhung-diem-can-biet'])(
    'publishes a real English edition of %s under /en/, in English, linked both ways',
    (slug) => {
      const $ = page(`en/bai-giai-thich/${slug}/`)
      expect($('html').attr('lang')).toBe('en')
      expect($('article').attr('lang')).toBe('en')
      expect($('article').attr('data-sample')).toBeUndefined()
      expect($('h1').text()).toMatch(/^[A-Z][a-z]/)
      expect($('article').text()).toContain('The Vietnamese text is the authoritative one.')
      expect($(`a[hreflang="vi"][href="${basePath}bai-giai-thich/${slug}/"]`)).toHaveLength(1)
      expect(page(`bai-giai-thich/${slug}/`)(`a[hreflang="en"][href="${basePath}en/bai-giai-thich/${slug}/"]`)).toHaveLength(1)
      // An image is described in the edition's own language.
      for (const image of $('article img').toArray()) expect($(image).attr('alt')).not.toMatch(/[ăâđêôơư]/i)
    },
  )

  it('publishes a handbook chapter in English, with English headings and links to the Vietnamese chapter', () => {
    const $ = page('en/so-tay/xu-ly-khung-hoang-truyen-thong/')
    expect($('html').attr('lang')).toBe('en')
    expect($('article').attr('lang')).toBe('en')
    expect($('h1').text()).toBe('Handling a communication crisis')
    expect($('#muc-luc').text()).toBe('In this chapter')
    expect($('.ttcs-toc li').length).toBeGreaterThanOrEqual(6)
    expect($(`a[hreflang="vi"][href="${basePath}so-tay/xu-ly-khung-hoang-truyen-thong/"]`)).toHaveLength(1)
    // Its neighbours have no English edition: the pager leads to them in Vietnamese.
    expect($('a[rel=prev]').attr('href')).toBe(`${basePath}so-tay/dong-bao-dan-toc-thieu-so-va-truyen-thanh-co-so/`)
    const vietnamese = page('so-tay/xu-ly-khung-hoang-truyen-thong/')
    expect(vietnamese(`a[hreflang="en"][href="${basePath}en/so-tay/xu-ly-khung-hoang-truyen-thong/"]`)).toHaveLength(1)
    expect(vietnamese('article').attr('lang')).toBe('vi')
  })

  it('publishes the Cơ Tu edition under /ktv/ with its language, the reference-only notice and a link to the original', () => {
    const $ = page(`ktv/${explainer}`)
    // The demo's Cơ Tu edition is a sample: Vietnamese text awaiting translation, which the page says and marks as such.
    expect($('article').attr('lang')).toBe('vi')
    expect($('article').attr('data-sample')).toBeDefined()
    expect($('[data-sample-notice]').text()).toBe('Đây là bản mẫu để thử trang, chưa phải bản dịch tiếng Cơ Tu: chữ dưới đây là tiếng Việt chờ dịch.')
    const notice = $('.ttcs-notice--warning')
    expect(notice.attr('lang')).toBe('vi')
    expect(notice.text()).toContain('chỉ có giá trị tham khảo')
    expect(notice.find(`a[href="${basePath}${explainer}"]`)).toHaveLength(1)
    expect($('link[rel="alternate"][hreflang="vi"]').attr('href')).toContain(explainer)
  })

  it('has no edition pages for languages without a translation', () => {
    expect(fileForUrl(`${basePath}en/${explainer}`)).toBeUndefined()
  })

  it('builds slugs that begin like a locale code (vi-pham…) at the right path', () => {
    const $ = page('bai-giai-thich/vi-pham-hanh-chinh-ve-dat-dai-bi-xu-ly-the-nao/')
    expect($('h1').text()).toContain('Vi phạm hành chính về đất đai')
  })
})

describe('the handbook', () => {
  it('lists six chapters in order', () => {
    const titles = page('so-tay/')('.ttcs-card__title')
      .map((_, el) => page('so-tay/')(el).text())
      .get()
    expect(titles).toHaveLength(6)
    expect(titles[0]).toBe('Những nguyên tắc của truyền thông chính sách')
  })

  it('gives each chapter a working table of contents and previous/next links', () => {
    const $ = page('so-tay/lap-ke-hoach-truyen-thong-hang-nam/')
    const anchors = $('.ttcs-toc a')
      .map((_, a) => $(a).attr('href'))
      .get()
    expect(anchors.length).toBeGreaterThan(4)
    for (const anchor of anchors) expect($(anchor)).toHaveLength(1)
    expect($('a[rel="prev"]').attr('href')).toBe(`${basePath}so-tay/nguyen-tac-truyen-thong-chinh-sach/`)
    expect($('a[rel="next"]').attr('href')).toBe(`${basePath}so-tay/lam-viec-voi-bao-chi-va-nguoi-phat-ngon/`)
  })

  it('renders tables from the chapter text', () => {
    expect(page('so-tay/nguyen-tac-truyen-thong-chinh-sach/')('.ttcs-prose table tr').length).toBeGreaterThan(3)
  })

  it('shows the images of a chapter responsively, with their alt text', () => {
    const image = page('so-tay/dong-bao-dan-toc-thieu-so-va-truyen-thanh-co-so/')('.ttcs-prose figure img')
    expect(image.attr('alt')).toBe('Hai loa truyền thanh trên cột ở đầu thôn phát về hai phía, phía sau là nhà rông của làng.')
    expect(image.attr('srcset')?.split(', ')).toHaveLength(3)
    expect(image.attr('loading')).toBe('lazy')
    for (const candidate of image.attr('srcset')!.split(', ')) expect(fileForUrl(candidate.split(' ')[0]!), candidate).toBeDefined()
  })

  it('numbers footnotes, links each to its note and back', () => {
    const $ = page('so-tay/nguyen-tac-truyen-thong-chinh-sach/')
    const references = $('.ttcs-prose sup.ttcs-fnref a')
    expect(references.map((_, a) => $(a).text()).get()).toEqual(['1', '2'])
    references.each((_, reference) => {
      const note = $($(reference).attr('href')!)
      expect(note.closest('section[aria-labelledby="chu-thich-tieu-de"]')).toHaveLength(1)
      expect(note.find(`a[href="#${$(reference).attr('id')}"]`)).toHaveLength(1)
    })
    expect($('#chu-thich-2').text()).toContain('Luật số 91/2025/QH15 ngày 26 tháng 6 năm 2025')
    expect($('.ttcs-prose').text()).not.toContain('^[')
  })
})

describe('other pages', () => {
  it('groups spokespersons by agency, marks demo data and lists agencies without one', () => {
    const $ = page('nguoi-phat-ngon/')
    expect($('.ttcs-notice').text()).toMatch(/\d+\/\d+ cơ quan, đơn vị có người phát ngôn/)
    expect($('section.ttcs-card').first().text()).toContain('Dữ liệu mẫu')
    expect($('h2:contains("Chưa có người phát ngôn")').next('ul').text()).toContain('Sở Xây dựng')
  })

  it('shows Kế hoạch 6684/KH-UBND with its 20 tasks, lead and coordinating agencies and timing', () => {
    const $ = page('van-ban/ke-hoach-6684-kh-ubnd-2023/')
    expect($('h1').text()).toContain('Chỉ thị số 07/CT-TTg')
    expect($('#nhiem-vu').parent().find('section.ttcs-card')).toHaveLength(20)
    expect($('#nhiem-vu-6\\.b').parent().text()).toContain('Giai đoạn 2023 - 2026')
  })

  it('renders the about page from MDX and a 404 page', () => {
    expect(page('gioi-thieu/')('h1').text()).toBe('Giới thiệu')
    expect(page('404.html')('h1').text()).toBe('Không tìm thấy trang')
  })

  it('shows a draft in the form its type requires: issuing body, legal bases, articles, then the adoption clause', () => {
    const $ = page('du-thao/nghi-quyet-ho-tro-dao-tao-nghe-lao-dong-nong-thon/')
    const preamble = $('.ttcs-draft-preamble').text()
    expect(preamble).toMatch(/^HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\nSố: 12\/2026\/NQ-HĐND/)
    expect(preamble).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;')
    expect(preamble.trim().endsWith('QUYẾT NGHỊ:')).toBe(true)
    // Preamble, then the articles, then the closing, in the page's order.
    const order = $('.ttcs-draft-preamble, .ttcs-article, .ttcs-draft-closing')
      .map((_, element) => ($(element).hasClass('ttcs-article') ? 'article' : $(element).attr('class')!.split(' ').at(-1)))
      .get()
    expect(order[0]).toBe('ttcs-draft-preamble')
    expect(order.at(-1)).toBe('ttcs-draft-closing')
    expect($('.ttcs-draft-closing').text()).toContain('có hiệu lực từ ngày 01 tháng 7 năm 2026')
  })

  it('shows the 2023 plan as issued by an authority that no longer exists, and keeps that authority apart', () => {
    const plan = page('van-ban/ke-hoach-6684-kh-ubnd-2023/')
    expect(plan('.ttcs-meta').first().text()).toContain('Ủy ban nhân dân tỉnh Quảng Nam')
    const notice = plan('[data-former-agency]')
    expect(notice.text().replace(/\s+/g, ' ')).toContain('Ủy ban nhân dân tỉnh Quảng Nam không còn tồn tại từ ngày 1 tháng 7 năm 2025.')
    expect(notice.find(`a[href="${basePath}co-quan/uy-ban-nhan-dan-thanh-pho-da-nang/"]`).text()).toBe('Ủy ban nhân dân thành phố Đà Nẵng')
    expect(plan('.ttcs-notice[role=note]').text()).toContain('Tên các cơ quan trong văn bản là tên gọi tại thời điểm ban hành.')
    // A task names the agency of the time, not today's.
    expect(plan('section[aria-labelledby=nhiem-vu]').text()).toContain('Sở Thông tin và Truyền thông tỉnh Quảng Nam')
    // Restored as scanned: the national motto, sections III, V, IV in the scan's order, the signature it shows.
    const text = plan('.ttcs-prose').text()
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(
      plan('.ttcs-prose h2')
        .map((_, h) => plan(h).text())
        .get(),
    ).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ, HOẠT ĐỘNG CỤ THỂ', 'III. KINH PHÍ THỰC HIỆN', 'V. TỔ CHỨC THỰC HIỆN', 'IV. CHẾ ĐỘ BÁO CÁO'])
    expect(text).toContain('KT. CHỦ TỊCH')
    expect(text).not.toContain('PHÓ CHỦ TỊCH')
    // The groups of tasks under their own headings, and the titles an editor gave marked as such.
    expect(
      plan('section[aria-labelledby=nhiem-vu] h3')
        .map((_, h) => plan(h).text().trim())
        .get(),
    ).toEqual([
      expect.stringMatching(/^1\. Tuyên truyền nâng cao nhận thức/),
      '2. Rà soát, hoàn thiện văn bản quy phạm pháp luật, chương trình, kế hoạch',
      expect.stringMatching(/^3\. Công tác chỉ đạo, định hướng/),
      '4. Công tác quản lý thông tin trên báo chí, mạng xã hội và xử lý vi phạm',
      '5. Triển khai hoạt động truyền thông chính sách của ngành thông tin – truyền thông tỉnh',
      '6. Công tác bồi dưỡng, tập huấn',
      '7. Xây dựng mạng lưới kết nối truyền thông',
    ])
    expect(plan('section[aria-labelledby=nhiem-vu] h4')).toHaveLength(18)
    expect(
      plan('[data-editorial-title]')
        .map((_, mark) => plan(mark).closest('h4').attr('id'))
        .get(),
    ).toEqual(['nhiem-vu-4.b', 'nhiem-vu-4.c', 'nhiem-vu-5.a', 'nhiem-vu-5.d', 'nhiem-vu-6.a', 'nhiem-vu-7.b'])

    const former = page('co-quan/so-thong-tin-va-truyen-thong-tinh-quang-nam/')
    expect(former('[data-former-agency]')).toHaveLength(1)
    expect(former('main').text()).not.toContain('Chưa có người phát ngôn')
    const index = page('co-quan/')
    const formerGroup = index('section[data-historical]')
    expect(formerGroup.find('h2').text()).toBe('Cơ quan không còn tồn tại')
    expect(
      formerGroup
        .find('a')
        .map((_, link) => index(link).text())
        .get(),
    ).toContain('Ủy ban nhân dân tỉnh Quảng Nam')
    expect(
      index('section:not([data-historical]) a')
        .map((_, link) => index(link).text())
        .get(),
    ).not.toContain('Ủy ban nhân dân tỉnh Quảng Nam')
    // Nobody can subscribe to alerts from an agency that no longer exists.
    expect(page('theo-doi/')('main').text()).not.toContain('Sở Thông tin và Truyền thông tỉnh Quảng Nam')
  })

  it('has a page per topic and per agency', () => {
    expect(page('linh-vuc/dat-dai/')('h1').text()).toBe('Lĩnh vực: Đất đai')
    expect(page('co-quan/so-khoa-hoc-va-cong-nghe/')('h1').text()).toBe('Sở Khoa học và Công nghệ')
  })
})
