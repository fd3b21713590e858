import type { TestProject } from 'vitest/node'
import { createPostgresDatabase } from '../helpers/postgres'

/** The empty PostgreSQL database that the PostgreSQL run of the integration tests migrates and seeds; dropped after. */
export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return createPostgresDatabase(project.config.env.DATABASE_URI!)
}
