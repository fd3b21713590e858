import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj, Payload } from 'payload'
import { cmsDir, dataDir } from './paths'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { settings } from '../../shared/settings'

/**
 * Chooses the database from one setting, DATABASE_URI: unset means the embedded SQLite file
 * `data/cms.db`; `postgres://` or `postgresql://` means PostgreSQL (production); `mongodb://` or `mongodb+srv://`
 * means MongoDB. Anything else stops the process. SQLite and PostgreSQL each have their own committed migrations.
 */
export function databaseAdapter(uri = settings().DATABASE_URI): DatabaseAdapterObj {
  if (!uri) {
    mkdirSync(dataDir, { recursive: true })
    return sqliteAdapter({
      client: { url: `file:${path.join(dataDir, 'cms.db')}` },
      idType: 'uuid',
      // WAL with synchronous=NORMAL (SQLite's advice for WAL): a commit survives the process being killed (tested
      // with SIGKILL during a burst of comments) without an fsync per write; a power cut may lose the last moment of
      // commits. SQLITE_SYNCHRONOUS=FULL trades throughput for that.
      wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: settings().SQLITE_SYNCHRONOUS },
      busyTimeout: 5000,
      migrationDir: path.resolve(cmsDir, 'migrations/sqlite'),
      prodMigrations: sqliteMigrations,
      // The schema comes from committed migrations only, so what runs is what was reviewed.
      push: false,
    })
  }
  if (/^postgres(ql)?:\/\//.test(uri))
    return postgresAdapter({
      pool: { connectionString: uri },
      idType: 'uuid',
      migrationDir: path.resolve(cmsDir, 'migrations/postgres'),
      prodMigrations: postgresMigrations,
      push: false,
    })
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return mongooseAdapter({ url: uri })
  const shown = uri.replace(/\/\/[^@/]*@/, '//…@')
  throw new Error(
    `DATABASE_URI '${shown}' is not supported: leave it unset for the embedded SQLite database (data/cms.db), or use postgres://… (or postgresql://…) for PostgreSQL, mongodb://… or mongodb+srv://… for MongoDB.`,
  )
}

/** Applies the committed migrations; MongoDB has no schema to migrate. */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'mongoose') await payload.db.migrate()
}
