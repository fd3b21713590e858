/**
 * Every kind of public content under one name: the snapshot key (also the snapshot's JSON file and the
 * field of `Site`), with the Payload collection slug, the URL segment of its pages and its Vietnamese labels.
 * A kind is called by its key everywhere; the slug and the segment are only ever read from here.
 */
export const contentKinds = {
  agencies: { collection: 'agencies', segment: 'co-quan', label: { singular: 'Cơ quan, đơn vị', plural: 'Cơ quan, đơn vị' } },
  topics: { collection: 'topics', segment: 'linh-vuc', label: { singular: 'Lĩnh vực', plural: 'Lĩnh vực' } },
  documentTypes: { collection: 'document-types', segment: 'du-thao/loai-van-ban', label: { singular: 'Loại văn bản', plural: 'Loại văn bản' } },
  drafts: { collection: 'drafts', segment: 'du-thao', label: { singular: 'Dự thảo văn bản', plural: 'Dự thảo văn bản' } },
  explainers: { collection: 'explainers', segment: 'bai-giai-thich', label: { singular: 'Bài giải thích', plural: 'Bài giải thích' } },
  handbookChapters: { collection: 'handbook-chapters', segment: 'so-tay', label: { singular: 'Chương sổ tay', plural: 'Sổ tay truyền thông chính sách' } },
  policyDocuments: { collection: 'policy-documents', segment: 'van-ban', label: { singular: 'Văn bản chỉ đạo', plural: 'Văn bản chỉ đạo, điều hành' } },
  pressBriefings: {
    collection: 'press-briefings',
    segment: 'hop-bao',
    label: { singular: 'Họp báo, giao ban báo chí', plural: 'Họp báo, giao ban báo chí' },
  },
  spokespersons: { collection: 'spokespersons', segment: 'nguoi-phat-ngon', label: { singular: 'Người phát ngôn', plural: 'Người phát ngôn' } },
  /** Addresses editors moved by hand; they have no pages of their own (the segment is never used in a URL). */
  redirects: { collection: 'redirects', segment: 'chuyen-huong', label: { singular: 'Chuyển hướng địa chỉ', plural: 'Chuyển hướng địa chỉ' } },
} as const

export type ContentKind = keyof typeof contentKinds

/** The kinds in the snapshot's order: one JSON file and one field of the site each. */
export const contentKindKeys = Object.keys(contentKinds) as ContentKind[]

/** The Payload collection a kind is edited in. */
export type ContentCollection = (typeof contentKinds)[ContentKind]['collection']
