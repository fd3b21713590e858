import type { APIRoute, GetStaticPaths } from 'astro'
import { readFile } from 'node:fs/promises'
import { loadSite } from '../../lib/content'
import { type Download, handbookDownloads } from '../../lib/handbookDownloads'

// The handbook as downloads (PDF, EPUB, DOCX), served under the base path like every other file.
export const getStaticPaths = (async () => {
  const site = await loadSite()
  // A targeted rebuild that changed no chapter keeps the live release's downloads.
  if (site.pages.handbookChapters.length === 0) return []
  const downloads = await handbookDownloads(site)
  return [...downloads.book, ...downloads.chapters.values()].map((download) => ({ params: { file: download.name }, props: { download } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { download } = props as { download: Download }
  return new Response(new Uint8Array(await readFile(download.file)), { headers: { 'content-type': download.mimeType } })
}
