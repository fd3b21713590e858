import type { Payload } from 'payload'
import type { Explainer } from '../payload-types'
import { findOrCreate } from './findOrCreate'
import { idBy, idsBy } from './lookup'
import { markdownToRichText } from './markdownToRichText'
import { readMarkdownFolder } from './readContent'
import { seedImage } from './seedImage'

type ExplainerSeed = {
  title: string
  lead: string
  lifecycleStage: Explainer['lifecycleStage']
  agency: string
  topics?: string[]
  relatedDrafts?: string[]
  image?: { file: string; alt: string }
  radioScript?: string
  translation?: { orthography?: string; translator?: string; note?: string }
}

/** Explainers in Vietnamese, then their other-language editions from files named `<slug>.<locale>.md`. */
export async function seedExplainers(payload: Payload) {
  const files = await readMarkdownFolder<ExplainerSeed>('explainers')
  for (const { name, data, body } of files.filter((file) => !/\.\w+\.md$/.test(file.name))) {
    const slug = name.replace(/\.md$/, '')
    const agency = await idBy(payload, 'agencies', 'name', data.agency)
    const { id, created } = await findOrCreate(payload, 'explainers', { slug: { equals: slug } }, async () => ({
      title: data.title,
      slug,
      lead: data.lead.trim(),
      body: await markdownToRichText(payload.config, body),
      lifecycleStage: data.lifecycleStage,
      agency,
      topics: await idsBy(payload, 'topics', 'name', data.topics),
      relatedDrafts: await idsBy(payload, 'drafts', 'slug', data.relatedDrafts),
      heroImage: data.image ? await seedImage(payload, data.image, agency) : undefined,
      radioScript: data.radioScript?.trim(),
      _status: 'published',
    }))
    if (!created) continue
    for (const edition of files.filter((file) => file.name.startsWith(`${slug}.`))) {
      const locale = edition.name.slice(slug.length + 1, -'.md'.length) as 'vi'
      await payload.update({
        collection: 'explainers',
        id,
        locale,
        data: {
          title: edition.data.title,
          lead: edition.data.lead.trim(),
          body: await markdownToRichText(payload.config, edition.body),
          radioScript: edition.data.radioScript?.trim(),
          translation: edition.data.translation,
          _status: 'published',
        },
      })
    }
  }
}
