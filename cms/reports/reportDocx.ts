import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { formatVietnameseDate } from '../../shared/formatVietnameseDate'
import type { CommunicationReport } from './communicationReport'
import { reportRows } from './reportRows'

const cell = (text: string, bold = false) =>
  new TableCell({ borders: none, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] })] })
const none = {
  top: { style: 'none' as const, size: 0, color: 'FFFFFF' },
  bottom: { style: 'none' as const, size: 0, color: 'FFFFFF' },
  left: { style: 'none' as const, size: 0, color: 'FFFFFF' },
  right: { style: 'none' as const, size: 0, color: 'FFFFFF' },
}

/**
 * The report as a Word document in the administrative style: issuing body and national motto side by side,
 * the document number line, place and date, the title, and sections I, II, III…
 */
export function reportDocx(report: CommunicationReport, place: string, authorityName: string): Promise<Buffer> {
  const issuer = (report.agency?.name ?? authorityName).toUpperCase()
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [cell(issuer, true), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true)] }),
      new TableRow({ children: [cell(''), cell('Độc lập - Tự do - Hạnh phúc', true)] }),
      new TableRow({ children: [cell('Số:        /BC-'), cell(`${place}, ${formatVietnameseDate(report.generatedAt)}`)] }),
    ],
  })
  const sections = reportRows(report).flatMap((section, index) => [
    new Paragraph({ text: `${['I', 'II', 'III', 'IV', 'V'][index]}. ${section.section.toUpperCase()}`, heading: HeadingLevel.HEADING_2 }),
    ...section.rows.map(([label, value]) => new Paragraph({ children: [new TextRun(`- ${label}: `), new TextRun({ text: String(value), bold: true })] })),
  ])
  const document = new Document({
    title: `Báo cáo kết quả công tác truyền thông chính sách ${report.period.label}`,
    creator: 'Nền tảng truyền thông chính sách',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [
      {
        children: [
          header,
          new Paragraph({ text: '' }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BÁO CÁO', bold: true, size: 28 })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: `Kết quả công tác truyền thông chính sách ${report.period.label}`, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                text: `(từ ${formatVietnameseDate(`${report.period.from}T12:00:00+07:00`)} đến ${formatVietnameseDate(`${report.period.to}T12:00:00+07:00`)})`,
                italics: true,
              }),
            ],
          }),
          ...sections,
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
