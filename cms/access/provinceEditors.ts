import type { Access } from 'payload'
import { hasRole } from './roles'

/** Lets in admins, province-wide editors and reviewers: for content that belongs to no single agency (handbook, plans, topics). */
export const provinceEditors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')
