import { settings } from '../../../shared/settings'

/** The authority whose site this is (AUTHORITY_NAME, AUTHORITY_JURISDICTION): the place is a setting, never code. */
export const authority = { name: settings().AUTHORITY_NAME, jurisdiction: settings().AUTHORITY_JURISDICTION }
