/** What editors see of the public site's builds (written by `npm start`, read by the admin dashboard). */
export type SiteBuildStatus = {
  lastSuccessAt?: string
  /** When the snapshot the live site shows was taken: a change saved before this time is live (the admin follows publishes by it). */
  liveAsOf?: string
  lastReason?: string
  /** How long the last successful rebuild took, and whether it rendered only what changed. */
  lastDurationMs?: number
  lastWasTargeted?: boolean
  buildingSince?: string
  isPending: boolean
  lastError?: { at: string; message: string }
}
