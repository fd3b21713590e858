import { deepMergeSimple } from 'payload/shared'

/**
 * Where Payload's Vietnamese is English or awkward ("fields", "file", "Email", "Xuất bản trong Tiếng Việt"),
 * the words a Vietnamese officer would use. Merged over Payload's own translations (config i18n.translations).
 */
export const vietnameseTranslations = {
  error: {
    correctInvalidFields: 'Có trường chưa hợp lệ, xin sửa lại.',
    followingFieldsInvalid_one: 'Trường sau chưa hợp lệ:',
    followingFieldsInvalid_other: 'Các trường sau chưa hợp lệ:',
    noFilesUploaded: 'Chưa có tệp nào được tải lên.',
    noMatchedField: 'Không có trường nào khớp với "{{label}}".',
    problemUploadingFile: 'Có lỗi khi tải lên tệp sau.',
  },
  general: { email: 'Thư điện tử' },
  upload: {
    dragAndDropHere: 'hoặc kéo và thả tệp vào đây',
    fileName: 'Tên tệp',
    fileSize: 'Dung lượng tệp',
    pasteURL: 'Dán địa chỉ tệp',
    selectFile: 'Chọn tệp',
  },
  validation: { invalidSelection: 'Lựa chọn ở trường này không hợp lệ.' },
  version: {
    publishIn: 'Chỉ xuất bản {{locale}}',
    unpublishIn: 'Chỉ hủy xuất bản {{locale}}',
    aboutToUnpublishIn: 'Bạn sắp hủy xuất bản {{locale}} của tài liệu này. Bạn có chắc không?',
  },
}

/**
 * The rich-text editor's Vietnamese labels where they are a word-for-word translation ("Quy tắc ngang" for a
 * horizontal rule). Lexical merges its own translations over the config's while Payload builds the config, so these
 * go in after that (payload.config.ts).
 */
const editorWords = {
  lexical: {
    horizontalRule: { label: 'Đường kẻ ngang' },
    orderedList: { label: 'Danh sách đánh số' },
    unorderedList: { label: 'Danh sách gạch đầu dòng' },
    checklist: { label: 'Danh sách việc cần làm' },
    relationship: { label: 'Nội dung liên quan' },
    blocks: { inlineBlocks: { label: 'Khối trong dòng' } },
  },
}

export function withEditorWordsInVietnamese<T extends { i18n: { translations?: Record<string, object | undefined> } }>(config: T): T {
  config.i18n.translations = { ...config.i18n.translations, vi: deepMergeSimple(config.i18n.translations?.vi ?? {}, editorWords) }
  return config
}
