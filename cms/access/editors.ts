import type { Access } from 'payload'
import { hasRole } from './roles'

/** Lets in accounts that edit content (any editorial role); agency scoping narrows this in the workflow. */
export const editors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'agency-editor', 'reviewer')
