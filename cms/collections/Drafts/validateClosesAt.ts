import type { DateFieldValidation } from 'payload'
import { consultationLength } from '../../../shared/consultationStatus'
import { formatVietnameseDate } from '../../../shared/formatVietnameseDate'
import { relationId } from '../../../shared/relationId'

/** The closing date comes after the opening date and leaves at least the document type's minimum period. */
export const validateClosesAt: DateFieldValidation = async (value, { req, siblingData }) => {
  const data = siblingData as { opensAt?: string | Date | null; documentType?: unknown }
  if (!value) return 'Vui lòng chọn ngày kết thúc lấy ý kiến.'
  if (!data.opensAt) return true
  const length = consultationLength(data.opensAt, value)
  if (length < 1) {
    return `Ngày kết thúc lấy ý kiến (${formatVietnameseDate(value)}) phải sau ngày bắt đầu (${formatVietnameseDate(data.opensAt)}).`
  }
  const typeId = relationId(data.documentType)
  if (!typeId) return true
  const documentType = await req.payload.findByID({ collection: 'document-types', id: typeId as string, depth: 0, req, disableErrors: true })
  if (documentType && length < documentType.minimumConsultationDays) {
    return `Thời gian lấy ý kiến là ${length} ngày, ít hơn mức tối thiểu ${documentType.minimumConsultationDays} ngày đối với loại văn bản "${documentType.name}". Hãy lùi ngày kết thúc.`
  }
  return true
}
