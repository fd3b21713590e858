import { responseOutcomes } from '../../../shared/comments'
import type { SnapshotDraft, SnapshotConsultationResponse } from '../../../shared/snapshot'
import { authority } from './authority'
import { absoluteUrl } from './deployment'
import { paths } from './paths'

// Open data of each answered consultation: the comments whose authors allowed publication (text only, no name, no
// contact) and the response item by item, as CSV and JSON, described by a Frictionless Data Package.

type Field = { name: string; type: 'string' | 'integer' | 'datetime'; title: string; description: string; constraints?: { enum: string[] } }
type Table = {
  name: string
  title: string
  description: string
  fields: Field[]
  rows: (r: SnapshotConsultationResponse) => Record<string, string | number | null>[]
}

const article: Field = {
  name: 'article',
  type: 'integer',
  title: 'Điều',
  description: 'Số điều của dự thảo; để trống khi góp ý cho cả dự thảo. / The article of the draft; empty for the draft as a whole.',
}

export const openDataTables: Table[] = [
  {
    name: 'gop-y',
    title: 'Góp ý được công bố / Published comments',
    description:
      'Góp ý của người dân mà người gửi đồng ý công bố; không có họ tên, địa chỉ liên hệ. / Citizens’ comments whose authors allowed publication; no names or contact details.',
    fields: [
      { name: 'id', type: 'string', title: 'Mã góp ý', description: 'Mã của góp ý. / The comment’s identifier.' },
      article,
      { name: 'text', type: 'string', title: 'Nội dung', description: 'Nội dung góp ý, như người dân đã viết. / The comment as written.' },
      {
        name: 'receivedAt',
        type: 'datetime',
        title: 'Thời điểm nhận',
        description: 'Thời điểm hệ thống nhận góp ý (UTC). / When the comment was received (UTC).',
      },
      {
        name: 'answeredBy',
        type: 'string',
        title: 'Được trả lời ở mục',
        description:
          'Số thứ tự các mục giải trình trả lời góp ý này, cách nhau bởi dấu chấm phẩy. / The response items that answer it, separated by semicolons.',
      },
    ],
    rows: (response) =>
      response.comments.map((comment) => ({
        id: comment.id,
        article: comment.article,
        text: comment.text,
        // To the second, as Frictionless's default datetime format (ISO 8601 in UTC) has it.
        receivedAt: new Date(comment.receivedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        answeredBy: comment.answeredBy.join(';'),
      })),
  },
  {
    name: 'giai-trinh',
    title: 'Giải trình, tiếp thu / Response',
    description: 'Bản tổng hợp, giải trình, tiếp thu ý kiến của cơ quan soạn thảo, theo từng mục. / The drafting body’s response, item by item.',
    fields: [
      { name: 'item', type: 'integer', title: 'Mục', description: 'Số thứ tự của mục giải trình. / The item’s number.' },
      article,
      {
        name: 'outcome',
        type: 'string',
        title: 'Kết quả',
        description: `Tiếp thu hay không: ${Object.entries(responseOutcomes)
          .map(([value, label]) => `${value} (${label})`)
          .join(', ')}. / Whether the comments were taken up.`,
        constraints: { enum: Object.keys(responseOutcomes) },
      },
      { name: 'explanation', type: 'string', title: 'Giải trình', description: 'Lời giải trình của cơ quan soạn thảo. / The drafting body’s explanation.' },
      {
        name: 'commentIds',
        type: 'string',
        title: 'Các góp ý',
        description: 'Mã các góp ý được trả lời, cách nhau bởi dấu chấm phẩy. / The comments it answers, separated by semicolons.',
      },
    ],
    rows: (response) =>
      response.items.map((item, index) => ({
        item: index + 1,
        article: item.article,
        outcome: item.outcome,
        explanation: item.explanation,
        commentIds: item.commentIds.join(';'),
      })),
  },
]

/** The licence of every dataset. */
export const openDataLicense = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }

/** The drafts whose consultation has a published response: each gives one dataset. */
export const draftsWithOpenData = (drafts: SnapshotDraft[]) =>
  drafts.filter((draft): draft is SnapshotDraft & { response: SnapshotConsultationResponse } => Boolean(draft.response))

/** Where a draft's dataset lives. */
export const openDataFolder = (draft: SnapshotDraft) => `${paths.draft(draft.slug)}du-lieu/`

/** A CSV file (RFC 4180) with a byte-order mark, so that Excel opens Vietnamese text as UTF-8. */
export function toCsv(table: Table, response: SnapshotConsultationResponse): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const lines = [table.fields.map((field) => field.name), ...table.rows(response).map((row) => table.fields.map((field) => row[field.name] ?? null))]
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`
}

/** The Frictionless Data Package (v1) that describes a draft's dataset. */
export function dataPackage(draft: SnapshotDraft & { response: SnapshotConsultationResponse }) {
  return {
    profile: 'tabular-data-package',
    name: `gop-y-${draft.slug}`,
    title: `Góp ý và giải trình: ${draft.editions.vi!.title}`,
    description: `Góp ý được công bố và bản giải trình, tiếp thu của đợt lấy ý kiến dự thảo. / Published comments and the response of the consultation on this draft.`,
    homepage: absoluteUrl(paths.draft(draft.slug)),
    licenses: [openDataLicense],
    publisher: authority.name,
    created: draft.response.updatedAt,
    resources: openDataTables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: table.fields.map(({ name, type, title, description, constraints }) => ({
          name,
          type,
          title,
          description,
          ...(constraints ? { constraints } : {}),
        })),
      },
    })),
  }
}
