import { settings } from '../../shared/settings'
/**
 * Whether this is a production deployment. `npm start` runs Next with NODE_ENV=production always (Next needs it),
 * so it passes the deployment's own setting on as TTCS_ENV.
 */
export const isProduction = (settings().TTCS_ENV ?? settings().NODE_ENV) === 'production'
