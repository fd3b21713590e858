/**
 * JSON to write inside a <script> element (JSON-LD): `JSON.stringify` leaves `</script>` and `<!--` as they are, so
 * `<`, `>` and `&` are written as \u escapes, and U+2028/2029 too (line breaks to older JavaScript parsers). The
 * value parses back to the same data.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
