// Applies the committed migrations to the database (SQLite by default); MongoDB needs none.
import './demoEnvironment'
import { closePayloadClient, getPayloadClient } from './getPayloadClient'
import { migrateDatabase } from '../config/database'

const payload = await getPayloadClient()
await migrateDatabase(payload)
await closePayloadClient(payload)
