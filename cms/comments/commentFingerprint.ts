import { createHash } from 'node:crypto'
import { foldDiacritics } from '../../shared/foldDiacritics'

const folded = (text: string) => foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim()

/** Same text on the same draft from the same source (name and contact) gives the same fingerprint. */
export function commentFingerprint(draftId: string, text: string, source: string[]): string {
  return createHash('sha256')
    .update([draftId, folded(text), ...source.map(folded)].join('\u0001'))
    .digest('hex')
}
