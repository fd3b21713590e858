/** Items per list page: a page of cards stays a few dozen kilobytes on a slow phone, however much is published. */
export const pageSize = 30

export type ListPage<T> = {
  items: T[]
  /** From 1. */
  number: number
  count: number
  /** The site path of page `n` of this list. */
  pathOf: (n: number) => string
}

/** A list split into pages: page 1 at `base` (the list's own page), page n at `base` + `trang/n/`. */
export function listPages<T>(items: T[], base: string): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / pageSize))
  const pathOf = (n: number) => (n === 1 ? base : `${base}trang/${n}/`)
  return Array.from({ length: count }, (_, index) => ({ items: items.slice(index * pageSize, (index + 1) * pageSize), number: index + 1, count, pathOf }))
}
