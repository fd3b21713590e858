import type { Access } from 'payload'

/** Lets in any signed-in account. */
export const signedIn: Access = ({ req: { user } }) => Boolean(user)
