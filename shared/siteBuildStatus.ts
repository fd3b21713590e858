/** What editors see of the public site's builds (written by `npm start`, read by the admin dashboard). */
export type SiteBuildStatus = {
  lastSuccessAt?: string
  lastReason?: string
  buildingSince?: string
  isPending: boolean
  lastError?: { at: string; message: string }
}
