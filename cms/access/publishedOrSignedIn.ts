import type { Access } from 'payload'

/**
 * Lets signed-in accounts read everything and anonymous readers only published documents.
 * Payload applies this to lists, reads by ID, `?draft=true` and the versions endpoints alike.
 */
export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
