import type { CollectionBeforeOperationHook } from 'payload'
import { localeCodes } from '../../shared/locales'

/**
 * Publishing an edition publishes that language only. Payload's default publishes every locale from the
 * latest draft, so a pending, unreviewed translation (say the Cơ Tu edition) would go live when an editor
 * publishes a fix to the Vietnamese text. An explicit `publishAllLocales` still publishes everything.
 */
export const publishOnlyEditedLocale: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const isPublishing = (args.data as { _status?: string } | undefined)?._status === 'published'
  const locale = req.locale as string | undefined
  if (isPublishing && !args.publishSpecificLocale && !args.publishAllLocales && locale && (localeCodes as string[]).includes(locale)) {
    args.publishSpecificLocale = locale
  }
  return args
}
