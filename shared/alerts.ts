/** E-mail alerts (thông báo qua thư điện tử): what a citizen can follow, how often, and the site's pages about it. */

export const alertKinds = {
  newDraft: 'Dự thảo mới được đưa ra lấy ý kiến',
  closing: 'Dự thảo sắp hết thời gian góp ý (còn 3 ngày)',
  response: 'Kết quả tiếp thu, giải trình ý kiến được công bố',
  explainer: 'Bài giải thích chính sách mới',
  briefing: 'Họp báo, giao ban báo chí',
} as const

export type AlertKind = keyof typeof alertKinds

export const alertKindKeys = Object.keys(alertKinds) as AlertKind[]

export const alertFrequencies = {
  immediate: 'Gửi ngay khi có mục mới',
  weekly: 'Gửi một thư tổng hợp mỗi tuần (sáng thứ Hai)',
} as const

export type AlertFrequency = keyof typeof alertFrequencies

/** How long before a consultation ends its "closing" alert goes out. */
export const closingAlertDays = 3

/** The consent a subscriber gives, stored with the subscription as it was worded when they gave it. */
export const alertConsent =
  'Tôi đồng ý để địa chỉ thư điện tử này được lưu và dùng chỉ để gửi các thông báo đã chọn, theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15); tôi có thể hủy đăng ký và yêu cầu xóa địa chỉ bất cứ lúc nào.'

/** Pages of the static site, relative to its base: the form, and where the CMS sends a browser after each step. */
export const alertPaths = {
  form: 'theo-doi/',
  sent: 'theo-doi/da-gui/',
  confirmed: 'theo-doi/da-xac-nhan/',
} as const

/** The longest address accepted (RFC 5321's limit on a path). */
export const maxAlertEmailLength = 254
