/** Splits a draft written as "## Điều 1. Heading" sections into numbered articles. */
export function parseArticles(markdown: string): { number: number; heading: string; body: string }[] {
  const parts = markdown.split(/^## Điều (\d+)\.\s*(.+)$/mu)
  const articles: { number: number; heading: string; body: string }[] = []
  for (let i = 1; i + 2 < parts.length + 1; i += 3) {
    articles.push({ number: Number(parts[i]), heading: (parts[i + 1] as string).trim(), body: (parts[i + 2] ?? '').trim() })
  }
  return articles
}
