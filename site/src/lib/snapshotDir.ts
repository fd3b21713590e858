import path from 'node:path'
import { settings } from '../../../shared/settings'

/** The snapshot folder written by `npm run export` (relative to the repository root, where builds run); the site reads nothing else. */
export const snapshotDir = path.resolve(settings().SNAPSHOT_DIR)
