// Applies the committed migrations to the database (SQLite by default); MongoDB needs none.
import './demoEnvironment'
import { getPayloadClient } from './getPayloadClient'

const payload = await getPayloadClient()
if (payload.db.name === 'sqlite') await payload.db.migrate()
await payload.destroy()
