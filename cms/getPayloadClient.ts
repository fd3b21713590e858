import { getPayload, type Payload } from 'payload'
import config from './payload.config'

/** The Payload Local API, for scripts and tests (the admin server makes its own). */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
