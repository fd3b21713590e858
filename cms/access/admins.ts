import type { Access } from 'payload'
import { hasRole } from './roles'

/** Lets in accounts with the admin role only. */
export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')
