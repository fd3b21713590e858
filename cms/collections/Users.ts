import type { CollectionConfig } from 'payload'
import { admins } from '../access/admins'
import { adminsOrSelf } from '../access/adminsOrSelf'
import { hasRole, roles } from '../access/roles'

/** Editorial accounts. Never readable anonymously; sign-in locks for 15 minutes after 5 failures. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Tài khoản', plural: 'Tài khoản' },
  auth: { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
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
