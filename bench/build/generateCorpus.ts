import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SnapshotAgency, SnapshotExplainer, SnapshotTopic } from '../../shared/snapshot'
import { toSlug } from '../../shared/toSlug'
import { paragraphs, seededRandom, title } from '../corpus/vietnameseText'

/**
 * Writes the same N explainers twice: as a published snapshot (pre-rendered HTML, what our site reads)
 * and as Markdown files (what a plain Astro glob() site reads), so both builds do the same content.
 */
export async function generateCorpus(dir: string, count: number): Promise<{ snapshotDir: string; markdownDir: string }> {
  const random = seededRandom(count)
  const snapshotDir = path.join(dir, 'snapshot')
  const markdownDir = path.join(dir, 'markdown')
  await mkdir(snapshotDir, { recursive: true })
  await mkdir(markdownDir, { recursive: true })
  const agencies: SnapshotAgency[] = [{ id: 'a1', name: 'Sở Khoa học và Công nghệ', kind: 'provincial-department' }]
  const topics: SnapshotTopic[] = [{ id: 't1', slug: 'dat-dai', name: { vi: 'Đất đai' } }]
  const explainers: SnapshotExplainer[] = []
  for (let index = 0; index < count; index++) {
    // A four-digit code makes every title unique, as a document number would.
    const heading = `${title(random)} (mã ${1000 + index})`
    const slug = toSlug(heading)
    const [lead = '', ...body] = paragraphs(random, 6)
    const sections = [`## ${title(random)}`, body.slice(0, 2).join('\n\n'), `## ${title(random)}`, body.slice(2).join('\n\n')]
    explainers.push({
      id: `e${index}`,
      slug,
      lifecycleStage: 'implementation',
      agencyId: 'a1',
      topicIds: ['t1'],
      relatedDraftIds: [],
      updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
      editions: {
        vi: {
          title: heading,
          lead,
          bodyHtml: sections.map((part) => (part.startsWith('## ') ? `<h2>${part.slice(3)}</h2>` : part.split('\n\n').map((p) => `<p>${p}</p>`).join(''))).join(''),
          isReferenceOnly: false,
        },
      },
    })
    await writeFile(path.join(markdownDir, `${slug}.md`), `---\ntitle: "${heading}"\nlead: "${lead}"\n---\n\n${sections.join('\n\n')}\n`)
  }
  const files: Record<string, unknown[]> = { agencies, topics, documentTypes: [], drafts: [], explainers, handbookChapters: [], policyDocuments: [], pressBriefings: [], spokespersons: [], redirects: [] }
  for (const [name, items] of Object.entries(files)) await writeFile(path.join(snapshotDir, `${name}.json`), JSON.stringify(items))
  return { snapshotDir, markdownDir }
}
