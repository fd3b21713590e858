import { describe, expect, it } from 'vitest'
import { migrations as postgresMigrations } from '../../cms/migrations/postgres'
import { migrations as sqliteMigrations } from '../../cms/migrations/sqlite'
import { testPayload } from '../helpers/payload'

// Every integration file runs twice: on the embedded SQLite file and on PostgreSQL (vitest.config.ts).
describe('the database under the integration tests', () => {
  it('is the one this run names, migrated from its own committed migrations', async () => {
    const payload = await testPayload()
    const expected = process.env.DATABASE_URI?.startsWith('postgres') ? 'postgres' : 'sqlite'
    expect(payload.db.name).toBe(expected)
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, depth: 0 })
    const committed = expected === 'postgres' ? postgresMigrations : sqliteMigrations
    expect(docs.map((row) => row.name).sort()).toEqual(committed.map((migration) => migration.name).sort())
  })
})
