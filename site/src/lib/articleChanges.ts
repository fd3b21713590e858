import { diffWords } from 'diff'
import type { SnapshotArticle } from '../../../shared/snapshot'

export type TextPart = { value: string; added?: boolean; removed?: boolean }

export type ArticleChange = {
  number: number
  heading: string
  kind: 'changed' | 'added' | 'removed'
  /** The heading word by word, when it changed. */
  headingParts?: TextPart[]
  /** The text word by word: kept, removed and added runs in reading order. */
  parts: TextPart[]
}

const parts = (before: string, after: string): TextPart[] => diffWords(before, after).map(({ value, added, removed }) => ({ value, added, removed }))

/** Article-by-article, word-level differences between two published versions of a draft, matched by article number. */
export function articleChanges(previous: SnapshotArticle[], current: SnapshotArticle[]): { changes: ArticleChange[]; unchanged: number[] } {
  const before = new Map(previous.map((article) => [article.number, article]))
  const changes: ArticleChange[] = []
  const unchanged: number[] = []
  for (const article of current) {
    const old = before.get(article.number)
    before.delete(article.number)
    if (!old) changes.push({ number: article.number, heading: article.heading, kind: 'added', parts: [{ value: article.body, added: true }] })
    else if (old.body === article.body && old.heading === article.heading) unchanged.push(article.number)
    else
      changes.push({
        number: article.number,
        heading: article.heading,
        kind: 'changed',
        headingParts: old.heading === article.heading ? undefined : parts(old.heading, article.heading),
        parts: parts(old.body, article.body),
      })
  }
  for (const old of before.values()) changes.push({ number: old.number, heading: old.heading, kind: 'removed', parts: [{ value: old.body, removed: true }] })
  return { changes: changes.sort((a, b) => a.number - b.number), unchanged }
}
