import type { Access } from 'payload'

/** Lets everyone in, signed in or not: for public reference data such as agencies and topics. */
export const anyone: Access = () => true
