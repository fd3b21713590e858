import type { APIRoute, GetStaticPaths } from 'astro'
import type { SnapshotFile } from '../../../../shared/snapshot'
import { loadSite } from '../../lib/content'
import { snapshotFile } from '../../lib/snapshotFile'

// Dossier documents, audio editions and press materials, published at stable URLs under the base path.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  const files = new Map<string, SnapshotFile>()
  for (const draft of site.pages.drafts) for (const item of draft.dossier) files.set(item.file.filename, item.file)
  for (const explainer of site.pages.explainers)
    for (const edition of Object.values(explainer.editions)) if (edition?.audio) files.set(edition.audio.filename, edition.audio)
  for (const briefing of site.pages.pressBriefings) for (const file of briefing.materials) files.set(file.filename, file)
  return [...files.values()].map((file) => ({ params: { file: file.filename }, props: { file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const file = (props as { file: SnapshotFile }).file
  return new Response(new Uint8Array(await snapshotFile(file.path)), { headers: { 'content-type': file.mimeType } })
}
