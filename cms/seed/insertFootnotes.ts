import { randomUUID } from 'node:crypto'

type LexicalNode = { type: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }

// Pandoc's inline footnote syntax in the seed Markdown: "… năm 2025^[Luật số 64/2025/QH15.] …".
const footnote = /\^\[([^\]]+)\]/g

/** Turns `^[note]` in the text of converted seed Markdown into footnote inline blocks, as an editor would insert them. */
export function insertFootnotes<T>(state: T): T {
  const visit = (node: LexicalNode): LexicalNode => {
    if (!node.children) return node
    const children: LexicalNode[] = []
    for (const child of node.children) {
      if (child.type !== 'text' || !child.text?.includes('^[')) {
        children.push(visit(child))
        continue
      }
      let last = 0
      for (const match of child.text.matchAll(footnote)) {
        if (match.index > last) children.push({ ...child, text: child.text.slice(last, match.index) })
        children.push({
          type: 'inlineBlock',
          version: 1,
          fields: { id: randomUUID().replace(/-/g, '').slice(0, 24), blockName: '', blockType: 'footnote', note: match[1] },
        })
        last = match.index + match[0].length
      }
      if (last < child.text.length) children.push({ ...child, text: child.text.slice(last) })
    }
    return { ...node, children }
  }
  const root = (state as { root: LexicalNode }).root
  return { ...state, root: visit(root) }
}
