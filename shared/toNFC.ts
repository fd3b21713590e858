/** Returns a copy of any JSON-like value with every string normalized to Unicode NFC. */
export function toNFC<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map((item) => toNFC(item)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNFC(item)])) as T
  }
  return value
}
