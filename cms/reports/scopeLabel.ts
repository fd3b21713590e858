import { settings } from '../../shared/settings'

/** What a report covers: one agency, or the whole jurisdiction ("Toàn thành phố Đà Nẵng"), which is a setting. */
export function scopeLabel(agencyName?: string | null): string {
  if (agencyName) return agencyName
  const jurisdiction = settings().AUTHORITY_JURISDICTION
  return `Toàn ${jurisdiction.charAt(0).toLocaleLowerCase('vi')}${jurisdiction.slice(1)}`
}
