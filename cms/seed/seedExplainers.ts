import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Explainer } from '../payload-types'
import { findOrCreate } from './findOrCreate'
import { idBy, idsBy } from './lookup'
import { markdownToRichText } from './markdownToRichText'
import { contentDir, readMarkdownFolder } from './readContent'
import { seedImage } from './seedImage'
import { relationId } from '../../shared/relationId'

type ExplainerSeed = {
  title: string
  lead: string
  lifecycleStage: Explainer['lifecycleStage']
  agency: string
  topics?: string[]
  relatedDrafts?: string[]
  /** An edition gives only `alt`, the image's description in its language. */
  image?: { file?: string; alt: string }
  radioScript?: string
  /** A recording of the radio script in content/audio/, with the title that says what it is. */
  audio?: { file: string; title: string }
  translation?: { orthography?: string; translator?: string; note?: string; sample?: boolean }
}

/** An audio edition from content/audio, stored once as an upload of the explainer's agency; returns its ID. */
async function seedAudio(payload: Payload, audio: { file: string; title: string }, agency: string): Promise<string> {
  const { id } = await findOrCreate(
    payload,
    'files',
    { title: { equals: audio.title } },
    () => ({ title: audio.title, agency }),
    async () => {
      const data = await readFile(path.join(contentDir, 'audio', audio.file))
      return { data, mimetype: 'audio/mpeg', name: audio.file, size: data.length }
    },
  )
  return id
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
      heroImage: data.image?.file ? await seedImage(payload, { file: data.image.file, alt: data.image.alt }, agency) : undefined,
      radioScript: data.radioScript?.trim(),
      audio: data.audio ? await seedAudio(payload, data.audio, agency) : undefined,
      _status: 'published',
    }))
    if (!created) continue
    const { heroImage } = await payload.findByID({ collection: 'explainers', id, depth: 0 })
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
          audio: edition.data.audio ? await seedAudio(payload, edition.data.audio, agency) : undefined,
          translation: edition.data.translation,
          _status: 'published',
        },
      })
      if (heroImage && edition.data.image?.alt)
        await payload.update({ collection: 'media', id: relationId(heroImage)!, locale, data: { alt: edition.data.image.alt } })
    }
  }
}
