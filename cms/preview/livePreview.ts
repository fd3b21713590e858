import type { Config } from 'payload'
import { contentKinds } from '../../shared/contentKinds'
import { settings } from '../../shared/settings'
import { previewedKinds } from './previewItem'
import { previewToken } from './previewToken'

/**
 * Payload's live preview: beside the edit screen, the document's public page as it would be published, at a
 * phone's and a desktop's width, following what the editor types (cms/endpoints/preview.ts renders it).
 */
export const livePreview: NonNullable<Config['admin']>['livePreview'] = {
  collections: previewedKinds.map((kind) => contentKinds[kind].collection),
  breakpoints: [
    { name: 'mobile', label: 'Điện thoại', width: 390, height: 844 },
    { name: 'desktop', label: 'Máy tính', width: 1280, height: 800 },
  ],
  url: ({ data, collectionConfig, locale, req }) => {
    if (!req.user || !data?.id || !collectionConfig) return null
    const target = { collection: collectionConfig.slug, id: String(data.id), locale: locale.code, userId: String(req.user.id) }
    const address = new URL(`/api/xem-truoc/${target.collection}/${target.id}`, settings().CMS_PUBLIC_URL)
    address.search = new URLSearchParams({ locale: target.locale, token: previewToken(target) }).toString()
    return address.href
  },
}
