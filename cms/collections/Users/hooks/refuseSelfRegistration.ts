import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { isProduction } from '../../../config/environment'

/**
 * In production nobody registers the first account through the web (the first visitor would become admin):
 * `npm run create-admin` does it from the server's command line. Accounts after that are created by admins.
 */
export const refuseSelfRegistration: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && isProduction && !req.user && req.payloadAPI !== 'local') {
    throw new APIError(
      'Không tự đăng ký tài khoản được trên hệ thống đang vận hành: quản trị viên tạo tài khoản bằng lệnh `npm run create-admin`.',
      403,
      undefined,
      true,
    )
  }
  return args
}
