/**
 * A document as Payload returns it where the generated types do not fit: read with `locale: 'all'` (every field an
 * object of editions), or from any collection at once. Code reading it checks what it takes; it leaves typed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one place the project admits untyped documents
export type LooseDocument = Record<string, any>
