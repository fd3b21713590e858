import type { Access, CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'
import { hasRole } from './roles'
import { relationId } from '../../shared/relationId'

type AgencyUser = { roles?: string[] | null; agency?: string | { id: string } | null }

/** The agency an account belongs to, as an ID. */
export const ownAgency = (user: AgencyUser | null | undefined): string | undefined => relationId(user?.agency)

/** Admins and province-wide editors work everywhere; so do reviewers without an agency. A reviewer given an agency reviews that agency's content only. */
export const worksProvinceWide = (user: AgencyUser | null | undefined): boolean =>
  hasRole(user, 'admin', 'editor') || (hasRole(user, 'reviewer') && !ownAgency(user))

/**
 * Access for content that belongs to an agency: province-wide accounts everywhere; agency editors and agency
 * reviewers only where `agencyField` is their own agency (and, for reading, anything already published).
 */
export function editorsOfSameAgency(agencyField: string, { orPublished = false } = {}): Access {
  return ({ req: { user } }) => {
    if (worksProvinceWide(user)) return true
    if (!hasRole(user, 'agency-editor', 'reviewer')) return false
    const agency = ownAgency(user)
    if (!agency) return false
    return orPublished ? { or: [{ [agencyField]: { equals: agency } }, { _status: { equals: 'published' } }] } : { [agencyField]: { equals: agency } }
  }
}

/**
 * Reading the versions of content that belongs to an agency: the same accounts as `editorsOfSameAgency`. A version
 * holds the document under `version`, so the agency's path starts there (a bare path fails every version query,
 * which left agency editors' edit screens blank).
 */
export const editorsOfSameAgencyVersions = (agencyField: string): Access => editorsOfSameAgency(`version.${agencyField}`)

/**
 * Agency editors (and agency reviewers) work for their own agency: new documents are filed under it and moving one
 * to another agency is refused. Agency editors cannot publish: publishing waits for a reviewer or an editor.
 */
export function keepAgencyEditorsInTheirLane(agencyField: string): CollectionBeforeChangeHook {
  return ({ data, operation, req: { user } }) => {
    if (!user || worksProvinceWide(user)) return data
    const agency = ownAgency(user)
    const requested = relationId(data[agencyField])
    if (requested && requested !== agency) throw new APIError('Biên tập viên cơ quan chỉ soạn nội dung của cơ quan, đơn vị mình.', 403, undefined, true)
    if (operation === 'create') data[agencyField] = agency
    if (data._status === 'published' && !hasRole(user, 'reviewer')) {
      throw new APIError('Biên tập viên cơ quan không tự xuất bản được: hãy lưu bản nháp để người duyệt xem và xuất bản.', 403, undefined, true)
    }
    return data
  }
}

/** Reading content that belongs to an agency: anonymous readers see what is published; agency editors also see their own agency's drafts. */
export function publishedOrSameAgency(agencyField: string): Access {
  const editorsAccess = editorsOfSameAgency(agencyField, { orPublished: true })
  return (args) => (args.req.user ? editorsAccess(args) : { _status: { equals: 'published' } })
}

/**
 * Reading uploads: province-wide staff read every file; agency staff their own agency's and the province's shared
 * ones (no agency); anonymous readers none (the site gets files only through the snapshot).
 */
export const staffOfSameAgencyOrShared: Access = ({ req: { user } }) => {
  if (worksProvinceWide(user)) return true
  const agency = ownAgency(user)
  if (!hasRole(user, 'agency-editor', 'reviewer') || !agency) return false
  return { or: [{ agency: { equals: agency } }, { agency: { exists: false } }] }
}
