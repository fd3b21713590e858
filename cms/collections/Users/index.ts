import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { hasRole, roles } from '../../access/roles'
import { isProduction } from '../../config/environment'
import { refuseSelfRegistration } from './hooks/refuseSelfRegistration'
import { resetPasswordEmail } from './resetPasswordEmail'
import { forgetFailedLogins, throttleLogin } from './hooks/throttleLogin'

/**
 * Editorial accounts. Never readable anonymously. Failed sign-ins are throttled per address (throttleLogin) instead
 * of locking the account, which would let anyone keep an editor out by failing on purpose.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Tài khoản', plural: 'Tài khoản' },
  auth: {
    maxLoginAttempts: 0,
    forgotPassword: resetPasswordEmail,
    tokenExpiration: 8 * 60 * 60,
    // Lax: the session cookie is not sent with other sites' POSTs; Secure: only over HTTPS in production.
    cookies: { sameSite: 'Lax', secure: isProduction },
  },
  hooks: { beforeOperation: [refuseSelfRegistration, throttleLogin], afterLogin: [forgetFailedLogins] },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles', 'agency'], group: 'Quản trị' },
  access: { read: adminsOrSelf, create: admins, update: adminsOrSelf, delete: admins, unlock: admins },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true },
    {
      name: 'roles',
      label: 'Vai trò',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['agency-editor'],
      options: [...roles],
      saveToJWT: true,
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
    },
    {
      name: 'agency',
      label: 'Cơ quan, đơn vị',
      type: 'relationship',
      relationTo: 'agencies',
      saveToJWT: true,
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
    },
  ],
}
