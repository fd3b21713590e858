import { getPayload, type Payload } from 'payload'
import config from '../payload.config'

/** The Payload Local API, for scripts and tests (the admin server makes its own). */
export function getPayloadClient(): Promise<Payload> {
  // Outside production Payload opens a socket to the admin's Next server (at PORT) to reload its config on edits;
  // a script has nothing to reload, and that socket would keep it running after it finished (`npm run export`
  // beside a running `npm start` never exited).
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  return getPayload({ config })
}
