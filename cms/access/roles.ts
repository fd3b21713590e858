/** The roles an account can hold; an account may hold several. */
export const roles = [
  { value: 'admin', label: 'Quản trị hệ thống' },
  { value: 'editor', label: 'Biên tập viên cấp tỉnh' },
  { value: 'agency-editor', label: 'Biên tập viên cơ quan, đơn vị' },
  { value: 'reviewer', label: 'Người duyệt' },
] as const

export type Role = (typeof roles)[number]['value']

/** Whether a user (or no user) holds one of the given roles. */
export function hasRole(user: { roles?: string[] | null } | null | undefined, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
}

/** Whether a user approves, publishes and sends back content (agency editors write and submit it). */
export function mayReview(user: { roles?: string[] | null } | null | undefined): boolean {
  return hasRole(user, 'admin', 'editor', 'reviewer')
}
