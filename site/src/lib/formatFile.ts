import { fileKinds } from '../../../shared/fileKinds'

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** "DOCX, 10,6 KB": the kind and size of a download, written the Vietnamese way. */
export function formatFile(mimeType: string, bytes: number): string {
  const kind = fileKinds[mimeType] ?? mimeType
  const size = bytes >= 1024 * 1024 ? `${number.format(bytes / 1024 / 1024)} MB` : `${number.format(Math.max(bytes, 1) / 1024)} KB`
  return `${kind}, ${size}`
}
