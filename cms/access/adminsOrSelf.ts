import type { Access } from 'payload'
import { hasRole } from './roles'

/** Lets admins in to every account, and everyone else to their own account only. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
