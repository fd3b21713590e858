import type { Payload } from 'payload'
import type { PressBriefing } from '../payload-types'
import { findOrCreate } from './findOrCreate'
import { demoDate, idBy, idsBy } from './lookup'
import { readMarkdownFolder } from './readContent'
import { seedDocxFile } from './seedDocxFile'

type BriefingSeed = {
  title: string
  kind: PressBriefing['kind']
  /** Days from the day of seeding. */
  /** Days from now, or a calendar day for a briefing whose title names its month. */
  heldAt: number | string | Date
  location?: string
  agency: string
  spokespersons?: string[]
  topics?: string[]
  materials?: { title: string; text: string }[]
}

/** Press conferences and monthly briefings, with their materials generated as DOCX from the seed text. */
export async function seedPressBriefings(payload: Payload) {
  for (const { name, data, body } of await readMarkdownFolder<BriefingSeed>('press-briefings')) {
    const slug = name.replace(/\.md$/, '')
    await findOrCreate(payload, 'press-briefings', { slug: { equals: slug } }, async () => {
      const agency = await idBy(payload, 'agencies', 'name', data.agency)
      const materials = []
      for (const [index, material] of (data.materials ?? []).entries()) {
        materials.push({ file: await seedDocxFile(payload, material.title, material.text, `${slug}-${index + 1}.docx`, agency) })
      }
      return {
        title: data.title,
        slug,
        kind: data.kind,
        heldAt: demoDate(data.heldAt),
        location: data.location,
        agency,
        spokespersons: await idsBy(payload, 'spokespersons', 'fullName', data.spokespersons),
        topics: await idsBy(payload, 'topics', 'name', data.topics),
        summary: body,
        materials,
        _status: 'published',
      }
    })
  }
}
