import type { Payload } from 'payload'
import type { Draft } from '../payload-types'
import { findOrCreate } from './findOrCreate'
import { demoDate, idBy, idsBy } from './lookup'
import { parseArticles } from './parseArticles'
import { readMarkdownFolder } from './readContent'
import { seedDocxFile } from './seedDocxFile'

type DraftSeed = {
  title: string
  documentType: string
  draftingAgency: string
  versionLabel?: string
  summary: string
  /**
   * Days from the day of seeding, so the demo always has open, upcoming and closed consultations; or calendar days
   * for a draft already adopted, whose dates are history and must agree with its effect clause.
   */
  opens: number | string | Date
  closes: number | string | Date
  /** The day an adopted draft was issued (a calendar day); by default 20 days after its consultation closed. */
  issuedAt?: string | Date
  /** The heading, number line and legal bases above the articles (cơ quan ban hành, "Căn cứ …"). */
  preamble?: string
  /** What follows the articles: the adoption or signature clause. */
  closing?: string
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
          text: [data.preamble?.trim(), ...articles.map((a) => `## Điều ${a.number}. ${a.heading}\n\n${a.body}`), data.closing?.trim()]
            .filter(Boolean)
            .join('\n\n'),
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
        opensAt: demoDate(data.opens),
        closesAt: demoDate(data.closes),
        preamble: data.preamble?.trim(),
        articles,
        closing: data.closing?.trim(),
        dossier: files,
        topics: await idsBy(payload, 'topics', 'name', data.topics),
        affectedGroups: data.affectedGroups,
        numberAndSymbol: data.numberAndSymbol,
        issuedAt: data.numberAndSymbol ? (data.issuedAt ? demoDate(data.issuedAt) : addDays(demoDate(data.closes), 20)) : undefined,
        _status: 'published',
      }
    })
  }
}

const addDays = (iso: string, days: number) => new Date(new Date(iso).getTime() + days * 86_400_000).toISOString()
