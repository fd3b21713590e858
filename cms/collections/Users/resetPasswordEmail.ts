import { escape } from 'html-escaper'
import { cmsPublicUrl } from '../../config/paths'

/** The password-reset message, in Vietnamese, with the link to the admin's reset page (valid for an hour). */
export const resetPasswordEmail = {
  generateEmailSubject: () => 'Đặt lại mật khẩu · Truyền thông chính sách',
  generateEmailHTML: (args?: { token?: string; user?: { email?: string; name?: string } }) => {
    const { token, user } = args ?? {}
    const link = `${cmsPublicUrl()}/admin/reset/${token}`
    return `<p>Xin chào ${escape(user?.name ?? '')},</p>
<p>Có yêu cầu đặt lại mật khẩu cho tài khoản ${escape(user?.email ?? '')} trên hệ thống biên tập Truyền thông chính sách.</p>
<p>Để đặt mật khẩu mới, hãy mở liên kết sau trong vòng một giờ: <a href="${escape(link)}">${escape(link)}</a></p>
<p>Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.</p>`
  },
}
