// Imported first by the command-line scripts: outside production, a missing PAYLOAD_SECRET is taken from
// the demo's data/payload-secret (made by `npm start`), so `npm run seed|export|build` work after `npm start`.
import { providePayloadSecret } from '../config/secret'

await providePayloadSecret()
