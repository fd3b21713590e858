/** The kinds of document in a draft's dossier, with their Vietnamese names. */
export const dossierKindLabels: Record<string, string> = {
  'draft-text': 'Dự thảo văn bản',
  submission: 'Tờ trình',
  'impact-assessment': 'Báo cáo đánh giá tác động',
  other: 'Tài liệu khác',
}
