import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { settings } from '../../shared/settings'

/** The cms/ folder. `import.meta.dirname` is not available once Next bundles the config, `import.meta.url` is. */
export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where the embedded database and uploads live; `DATA_DIR` moves it (tests use a temporary folder). */
export const dataDir = path.resolve(settings().DATA_DIR ?? path.join(process.cwd(), 'data'))

/** The CMS as editors' and citizens' browsers reach it (CMS_PUBLIC_URL), for links in e-mail; no trailing slash. */
export const cmsPublicUrl = () => settings().CMS_PUBLIC_URL.replace(/\/+$/, '')
