import { type CommentState, commentStates } from '../../shared/comments'
import { formatVietnameseDate } from '../../shared/formatVietnameseDate'
import { lifecycleStageLabels } from '../../shared/lifecycleStages'
import { locales } from '../../shared/locales'
import type { CommunicationReport } from './communicationReport'
import { contentKinds } from '../../shared/contentKinds'

/** The report's figures as labelled rows, shared by the spreadsheet and the document so they always agree. */
export function reportRows(report: CommunicationReport): { section: string; rows: [string, string | number][] }[] {
  const language = (code: string) => locales.find((locale) => locale.code === code)?.label ?? code
  return [
    {
      section: 'Lấy ý kiến dự thảo văn bản quy phạm pháp luật',
      rows: [
        ['Số dự thảo đăng lấy ý kiến', report.drafts.total],
        ...report.drafts.items.map((draft): [string, string] => [
          draft.title,
          `${formatVietnameseDate(draft.opensAt)} – ${formatVietnameseDate(draft.closesAt)} (${draft.days} ngày)`,
        ]),
        ['Ý kiến góp ý nhận được', report.comments.received],
        ...Object.entries(report.comments.byState).map(([state, count]): [string, number] => [
          `Trong đó ${commentStates[state as CommentState].toLocaleLowerCase('vi')}`,
          count,
        ]),
        ['Bản tổng hợp, giải trình, tiếp thu đã công bố', report.comments.responsesPublished],
      ],
    },
    {
      section: contentKinds.explainers.label.plural,
      rows: [
        ['Tổng số bài', report.explainers.total],
        ...Object.entries(report.explainers.byStage).map(([stage, count]): [string, number] => [`Giai đoạn: ${lifecycleStageLabels[stage] ?? stage}`, count]),
        ...Object.entries(report.explainers.byLanguage).map(([code, count]): [string, number] => [`Ngôn ngữ: ${language(code)}`, count]),
        ['Ấn bản tiếng dân tộc thiểu số', report.minorityLanguage.editions],
        ['Tệp âm thanh tiếng dân tộc thiểu số', report.minorityLanguage.audio],
      ],
    },
    {
      section: contentKinds.pressBriefings.label.plural,
      rows: [
        ['Số buổi', report.pressBriefings.total],
        ...report.pressBriefings.items.map((item): [string, string] => [item.title, formatVietnameseDate(item.heldAt)]),
      ],
    },
    {
      section: 'Mạng lưới người phát ngôn',
      rows: [
        ['Cơ quan, đơn vị có người phát ngôn', `${report.spokespersons.covered}/${report.spokespersons.total}`],
        ...report.spokespersons.missing.map((name): [string, string] => [name, 'Chưa có người phát ngôn']),
      ],
    },
  ]
}
