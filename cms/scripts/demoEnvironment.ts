// Imported first by the command-line scripts: outside production, a missing PAYLOAD_SECRET is taken from
// the demo's data/payload-secret (made by `npm start`), so `npm run seed|export|build` work after `npm start`.
import { demoSecret } from '../demoSecret'

if (!process.env.PAYLOAD_SECRET && process.env.NODE_ENV !== 'production') process.env.PAYLOAD_SECRET = await demoSecret()
