import type { CollectionBeforeChangeHook } from 'payload'
import type { Draft } from '../../../payload-types'

type Article = { number: number; heading: string; body: string }

/**
 * When a new version of a draft (dự thảo lần 2 …) is published under a new version label, keeps the articles of the
 * version published before it, so the public page can show what changed article by article.
 */
export const rememberPreviousVersion: CollectionBeforeChangeHook<Draft> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data._status !== 'published' || (req.locale && req.locale !== 'vi') || !originalDoc?.id) return data
  const { docs } = await req.payload.findVersions({
    collection: 'drafts',
    where: { and: [{ parent: { equals: originalDoc.id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    locale: 'vi',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const previous = docs[0]?.version
  if (!previous?.versionLabel || previous.versionLabel === data.versionLabel) return data
  data.previousVersion = {
    label: previous.versionLabel,
    articles: (previous.articles ?? []).map(({ number, heading, body }: Article) => ({ number, heading, body })),
  }
  return data
}
