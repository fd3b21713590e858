import { isProductionIn, settings } from '../../shared/settings'

/** Whether this is a production deployment (see isProductionIn). */
export const isProduction = isProductionIn(settings())
