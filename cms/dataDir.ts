import path from 'node:path'

/** Where the embedded database and uploads live; `DATA_DIR` moves it (tests use a temporary folder). */
export const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), 'data'))
