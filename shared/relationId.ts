/** The ID a relationship field holds, whether Payload gave the ID itself or the populated document. */
export function relationId(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  return String(typeof value === 'object' ? (value as { id: unknown }).id : value)
}
