import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The cms/ folder. `import.meta.dirname` is not available once Next bundles the config, `import.meta.url` is. */
export const cmsDir = path.dirname(fileURLToPath(import.meta.url))
