import { scopeLabel } from './scopeLabel'
import ExcelJS from 'exceljs'
import type { CommunicationReport } from './communicationReport'
import { reportRows } from './reportRows'

/** The report as an Excel workbook: one sheet of labelled figures, section by section. */
export async function reportXlsx(report: CommunicationReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Nền tảng truyền thông chính sách'
  const sheet = workbook.addWorksheet('Báo cáo')
  sheet.columns = [{ width: 70 }, { width: 45 }]
  sheet.addRow([`Báo cáo kết quả công tác truyền thông chính sách ${report.period.label}`]).font = { bold: true, size: 13 }
  sheet.addRow([scopeLabel(report.agency?.name)])
  for (const [index, section] of reportRows(report).entries()) {
    sheet.addRow([])
    sheet.addRow([`${['I', 'II', 'III', 'IV', 'V'][index]}. ${section.section}`]).font = { bold: true }
    for (const row of section.rows) sheet.addRow(row)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
