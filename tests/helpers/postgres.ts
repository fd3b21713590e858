import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The PostgreSQL server the tests use: Debian's on loopback (`.ci/run` starts it), or TEST_POSTGRES_URL. */
export const postgresServer = () => new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')

/** The address of a database nobody has used, named for one run. */
export function newPostgresDatabaseUri(): string {
  const uri = postgresServer()
  uri.pathname = `/ttcs_test_${randomBytes(6).toString('hex')}`
  return uri.href
}

/** Runs statements on the database an address names (the server's own `postgres` database by default). */
export async function onPostgres<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri })
  try {
    await client.connect()
  } catch (error) {
    const { host } = new URL(uri)
    throw new Error(`Tests that run on PostgreSQL found no server at ${host} (${(error as Error).message}). Start it, or point TEST_POSTGRES_URL at one.`)
  }
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates the empty database `uri` names; the function it returns drops it. */
export async function createPostgresDatabase(uri: string): Promise<() => Promise<void>> {
  const name = new URL(uri).pathname.slice(1)
  const server = postgresServer().href
  await onPostgres(server, (client) => client.query(`CREATE DATABASE "${name}"`))
  return async () => {
    await onPostgres(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
  }
}
