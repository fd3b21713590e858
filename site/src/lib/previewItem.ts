import type { PagedKind } from '../../publish/scope'
import type { SnapshotContent } from './snapshotContent'

/** One unpublished document, in the snapshot's shape, shown in place of its published version (or beside the others when it has none). */
export type PreviewItem = { kind: PagedKind; item: { id: string; slug: string } }

// On globalThis: the site builder's process sets it, and the pages read it from the build's own copy of this module.
const key = Symbol.for('ttcs.previewItem')
const holder = globalThis as { [key]?: PreviewItem }

/** Renders with this document in the content while `render` runs (site/publish/keptRenderer.ts, one render at a time). */
export async function withPreviewItem<T>(preview: PreviewItem, render: () => Promise<T>): Promise<T> {
  holder[key] = preview
  try {
    return await render()
  } finally {
    delete holder[key]
  }
}

/** The published content, with the document being previewed in it. */
export function includingPreviewItem(content: SnapshotContent): SnapshotContent {
  const preview = holder[key]
  if (!preview) return content
  const items = content[preview.kind] as { id: string }[]
  const at = items.findIndex((item) => item.id === preview.item.id)
  const next = at === -1 ? [preview.item, ...items] : items.map((item, index) => (index === at ? preview.item : item))
  return { ...content, [preview.kind]: next }
}
