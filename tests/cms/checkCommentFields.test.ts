import { describe, expect, it } from 'vitest'
import { checkCommentFields } from '../../cms/comments/checkCommentFields'

const valid = { text: 'Đề nghị bổ sung hỗ trợ cho thôn xa.', name: 'Nguyễn Văn An', locality: 'xã Tam Xuân', consent: 'on', article: '2' }
const fieldsOf = (result: ReturnType<typeof checkCommentFields>) => ('errors' in result ? result.errors.map((error) => error.field) : [])

describe('checkCommentFields', () => {
  it('accepts a comment on an article of the draft, as NFC text without stray spaces', () => {
    const result = checkCommentFields({ ...valid, text: `  ${'Đề nghị bổ sung hỗ trợ cho thôn xa.'.normalize('NFD')} ` }, [1, 2, 3])
    expect(result).toEqual({
      comment: {
        article: 2,
        text: 'Đề nghị bổ sung hỗ trợ cho thôn xa.',
        name: 'Nguyễn Văn An',
        locality: 'xã Tam Xuân',
        contact: undefined,
        mayPublish: false,
        mayContact: false,
      },
    })
  })

  it('takes "general" as a comment on the draft as a whole', () => {
    expect(checkCommentFields({ ...valid, article: 'general' }, [1])).toMatchObject({ comment: { article: null } })
  })

  it('reports every missing field at once', () => {
    expect(fieldsOf(checkCommentFields({}, [1]))).toEqual(['text', 'name', 'locality', 'consent'])
  })

  it('refuses markup but keeps comparisons such as "5 < 7"', () => {
    expect(fieldsOf(checkCommentFields({ ...valid, text: 'Xem <a href="x">đây</a>' }, [2]))).toEqual(['text'])
    expect(fieldsOf(checkCommentFields({ ...valid, text: '<!-- ẩn -->' }, [2]))).toEqual(['text'])
    expect(checkCommentFields({ ...valid, text: 'Mức 5 < 7 triệu là thấp' }, [2])).toHaveProperty('comment')
  })

  it('refuses an article the draft does not have, and a contact that is neither an e-mail nor a phone number', () => {
    expect(fieldsOf(checkCommentFields({ ...valid, article: '9' }, [1, 2]))).toEqual(['article'])
    expect(fieldsOf(checkCommentFields({ ...valid, contact: 'không có' }, [2]))).toEqual(['contact'])
    expect(checkCommentFields({ ...valid, contact: '0912 345 678' }, [2])).toMatchObject({ comment: { contact: '0912 345 678' } })
  })

  it('refuses a NUL byte in any field outright, and text over the limit', () => {
    expect(fieldsOf(checkCommentFields({ ...valid, name: 'A\u0000B' }, [2]))).toEqual(['text'])
    expect(fieldsOf(checkCommentFields({ ...valid, text: 'a'.repeat(5001) }, [2]))).toEqual(['text'])
  })

  it('writes to the author later only when asked and given an e-mail address to write to', () => {
    expect(checkCommentFields({ ...valid, contact: 'an@vi-du.invalid', mayContact: 'on' }, [2])).toMatchObject({ comment: { mayContact: true } })
    expect(checkCommentFields({ ...valid, contact: '0912 345 678', mayContact: 'on' }, [2])).toMatchObject({ comment: { mayContact: false } })
    expect(checkCommentFields({ ...valid, contact: 'an@vi-du.invalid' }, [2])).toMatchObject({ comment: { mayContact: false } })
  })

  it('publishes the text only when its author said so', () => {
    expect(checkCommentFields({ ...valid, mayPublish: 'on' }, [2])).toMatchObject({ comment: { mayPublish: true } })
    expect(checkCommentFields({ ...valid, mayPublish: 'no' }, [2])).toMatchObject({ comment: { mayPublish: false } })
  })
})
