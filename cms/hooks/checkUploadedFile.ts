import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** What a dossier file may be, judged from its bytes. */
export const allowedFileTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'audio/mpeg': 'MP3',
  'audio/ogg': 'OGG',
  'audio/mp4': 'M4A',
  'audio/x-m4a': 'M4A',
  'audio/wav': 'WAV',
}

export const maxFileBytes = 30 * 1024 * 1024

/** The largest image an editor may upload (a photo straight from a phone camera fits). */
export const maxImageBytes = 15 * 1024 * 1024

/** Rejects an upload whose content is not an allowed document or audio type, or that is too large, before anything is stored. */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (file.size > maxFileBytes) {
    throw new APIError(
      `Tệp "${file.name}" nặng ${(file.size / 1048576).toFixed(1)} MB, vượt giới hạn ${maxFileBytes / 1048576} MB. Hãy nén hoặc tách tệp rồi tải lên lại.`,
      413,
      undefined,
      true,
    )
  }
  const detected = await fileTypeFromBuffer(file.data)
  if (!detected || !allowedFileTypes[detected.mime]) {
    throw new APIError(
      `Tệp "${file.name}" không phải PDF, DOCX, ODT hoặc tệp âm thanh (MP3, OGG, M4A, WAV) theo nội dung thực của tệp${detected ? ` (nhận diện được: ${detected.mime})` : ''}. Hãy lưu lại đúng định dạng rồi tải lên.`,
      415,
      undefined,
      true,
    )
  }
  file.mimetype = detected.mime
  return args
}

/** Rejects an image larger than `maxImageBytes` before anything is stored (its type is checked by Payload's `mimeTypes`). */
export const checkUploadedImage: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file && req.file.size > maxImageBytes) {
    throw new APIError(
      `Ảnh "${req.file.name}" nặng ${(req.file.size / 1048576).toFixed(1)} MB, vượt giới hạn ${maxImageBytes / 1048576} MB. Hãy thu nhỏ ảnh rồi tải lên lại.`,
      413,
      undefined,
      true,
    )
  }
  return args
}
