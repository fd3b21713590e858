import type { AstroIntegration } from 'astro'
import { copyFile, link, mkdir, rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import pMap from 'p-map'
import sharp from 'sharp'
import type { SnapshotImage } from '../../shared/snapshot'
import { contentKinds } from '../../shared/contentKinds'
import { toSlug } from '../../shared/toSlug'
import { cardPath, heroPath, heroWidths, listCardPath, siteCard } from '../src/lib/heroWidths'
import { paths } from '../src/lib/paths'
import { authority } from '../src/lib/authority'
import { t } from '../src/lib/i18n'
import { formatVietnameseDate } from '../../shared/formatVietnameseDate'
import { cachedFile } from '../src/lib/buildCache'
import { inBuildScope } from '../src/lib/buildScope'
import { type CardText, shareCard } from '../src/lib/shareCard'
import { buildSnapshotContent } from '../src/lib/snapshotContent'
import { snapshotFile } from '../src/lib/snapshotFile'

type Job = { target: string; inputs: unknown; make: () => Promise<Buffer> }

/** Hard-links a cached image into the build (a copy across file systems): no bytes are rewritten for unchanged images. */
async function place(source: string, target: string) {
  await rm(target, { force: true })
  await link(source, target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EXDEV' || error.code === 'EPERM') return copyFile(source, target)
    throw error
  })
}

/**
 * Share cards (1200×630, for Zalo and Facebook) for the site, its main lists, every agency and topic, and every explainer, draft,
 * chapter and briefing, and hero images (and the
 * handbook's images) in three WebP widths. Made after the pages, on all cores, and cached by their inputs: a rebuild only renders
 * what changed and links the rest into dist/.
 */
export function shareImages(): AstroIntegration {
  return {
    name: 'ttcs-share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // In a targeted rebuild, only the images of the documents whose pages it renders.
        const snapshot = await buildSnapshotContent()
        const explainers = inBuildScope('explainers', snapshot.explainers)
        const drafts = inBuildScope('drafts', snapshot.drafts)
        const chapters = inBuildScope('handbookChapters', snapshot.handbookChapters)
        const briefings = inBuildScope('pressBriefings', snapshot.pressBriefings)
        const agencyName = new Map(snapshot.agencies.map((agency) => [agency.id, agency.name]))
        const card = (target: string, text: CardText, image?: SnapshotImage): Job => ({
          target,
          inputs: { card: 2, text, image: image ? [image.id, image.path] : null },
          make: () => shareCard(text, image),
        })
        const jobs: Job[] = [
          // The card of every page that has none of its own (home, lists, search…).
          card(cardPath(siteCard.kind, siteCard.slug), { title: t('vi', 'site.name'), facts: authority.name }),
          // Lists people share too: the main ones, each agency's and each topic's (all of them: few, and cached).
          ...(
            [
              [paths.drafts(), 'drafts.title'],
              [paths.explainers(), 'explainers.title'],
              [paths.handbook(), 'handbook.title'],
              [paths.pressBriefings(), 'nav.briefings'],
            ] as const
          ).map(([folder, title]) => card(listCardPath(folder), { label: t('vi', 'site.name'), title: t('vi', title), facts: authority.name })),
          ...snapshot.agencies.map((agency) =>
            card(cardPath('co-quan', toSlug(agency.name)), { label: contentKinds.agencies.label.singular, title: agency.name, facts: authority.name }),
          ),
          ...snapshot.topics.map((topic) =>
            card(cardPath('linh-vuc', topic.slug), { label: contentKinds.topics.label.singular, title: topic.name.vi, facts: authority.name }),
          ),
          ...explainers.map((item) => card(cardPath('bai', item.slug), { label: t('vi', 'nav.explainers'), title: item.editions.vi.title }, item.heroImage)),
          ...drafts.map((item) =>
            card(cardPath('du-thao', item.slug), {
              label: t('vi', 'nav.drafts'),
              title: item.editions.vi.title,
              facts: `${agencyName.get(item.draftingAgencyId) ?? ''} · Góp ý đến hết ngày ${formatVietnameseDate(item.closesAt)}`,
            }),
          ),
          ...chapters.map((item) =>
            card(cardPath('so-tay', item.slug), { label: t('vi', 'nav.handbook'), title: item.editions.vi.title, facts: authority.name }),
          ),
          ...briefings.map((item) =>
            card(cardPath('hop-bao', item.slug), {
              label: t('vi', 'nav.briefings'),
              title: item.editions.vi.title,
              facts: `${agencyName.get(item.agencyId) ?? ''} · ${formatVietnameseDate(item.heldAt)}`,
            }),
          ),
          // Explainers' heroes and the images in the handbook's text, each once.
          ...[
            ...new Map(
              [...explainers.flatMap((item) => (item.heroImage ? [item.heroImage] : [])), ...chapters.flatMap((item) => item.images ?? [])].map((image) => [
                image.id,
                image,
              ]),
            ).values(),
          ].flatMap((hero) => {
            return heroWidths.map((width) => ({
              target: heroPath(hero.id, width),
              inputs: { hero: 1, id: hero.id, path: hero.path, width },
              make: async () =>
                sharp(await snapshotFile(hero.path))
                  .resize({ width, withoutEnlargement: true })
                  .webp({ quality: 72 })
                  .toBuffer(),
            }))
          }),
        ]
        const outDir = dir.pathname
        await mkdir(path.join(outDir, 'anh'), { recursive: true })
        let made = 0
        await pMap(
          jobs,
          async (job) => {
            const { file, isNew } = await cachedFile(job.inputs, job.make)
            if (isNew) made++
            await place(file, path.join(outDir, job.target))
          },
          { concurrency: Math.max(2, availableParallelism()) },
        )
        logger.info(`${jobs.length} images (${made} rendered, ${jobs.length - made} from cache)`)
      },
    },
  }
}
