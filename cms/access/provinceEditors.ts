import type { Access } from 'payload'
import { worksProvinceWide } from './agencyScoped'

/** Lets in admins, province-wide editors and reviewers without an agency: for content that belongs to no single agency (handbook, plans, topics). */
export const provinceEditors: Access = ({ req: { user } }) => worksProvinceWide(user)
