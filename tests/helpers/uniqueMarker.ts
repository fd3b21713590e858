/** A marker string that appears nowhere else, to prove that a document never leaks. */
export function uniqueMarker(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 10)}-KHONGCONGBO`
}
