import type { Payload } from 'payload'
import type { Draft } from '../payload-types'
import { findOrCreate } from './findOrCreate'
import { daysFromNow, idBy, idsBy } from './lookup'
import { parseArticles } from './parseArticles'
import { readMarkdownFolder } from './readContent'
import { seedDocxFile } from './seedDocxFile'

type DraftSeed = {
  title: string
  documentType: string
  draftingAgency: string
  versionLabel?: string
  summary: string
  /** Days from the day of seeding, so the demo always has open, upcoming and closed consultations. */
  opens: number
  closes: number
  topics?: string[]
  affectedGroups?: string[]
  numberAndSymbol?: string
  dossier?: { kind: NonNullable<Draft['dossier']>[number]['kind']; title: string; text: string }[]
}

/** Drafts open for comment, with their articles and dossier files; the draft text itself is generated from the articles. */
export async function seedDrafts(payload: Payload) {
  for (const { name, data, body } of await readMarkdownFolder<DraftSeed>('drafts')) {
    const slug = name.replace(/\.md$/, '')
    const articles = parseArticles(body)
    await findOrCreate(payload, 'drafts', { slug: { equals: slug } }, async () => {
      const dossier = [
        {
          kind: 'draft-text' as const,
          title: `${data.versionLabel ?? 'Dự thảo'}: ${data.title}`,
          text: articles.map((a) => `## Điều ${a.number}. ${a.heading}\n\n${a.body}`).join('\n\n'),
        },
        ...(data.dossier ?? []),
      ]
      const draftingAgency = await idBy(payload, 'agencies', 'name', data.draftingAgency)
      const files = []
      for (const [index, item] of dossier.entries()) {
        files.push({ kind: item.kind, file: await seedDocxFile(payload, item.title, item.text, `${slug}-${index + 1}.docx`, draftingAgency) })
      }
      return {
        title: data.title,
        slug,
        documentType: await idBy(payload, 'document-types', 'name', data.documentType),
        draftingAgency,
        versionLabel: data.versionLabel,
        summary: data.summary.trim(),
        opensAt: daysFromNow(data.opens),
        closesAt: daysFromNow(data.closes),
        articles,
        dossier: files,
        topics: await idsBy(payload, 'topics', 'name', data.topics),
        affectedGroups: data.affectedGroups,
        numberAndSymbol: data.numberAndSymbol,
        issuedAt: data.numberAndSymbol ? daysFromNow(data.closes + 20) : undefined,
        _status: 'published',
      }
    })
  }
}
