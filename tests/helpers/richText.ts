/** A one-paragraph Lexical document, for creating test content through the Local API. */
export function richText(text: string) {
  return {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text, version: 1 }], version: 1 }],
      direction: null,
      format: '' as const,
      indent: 0,
      version: 1,
    },
  }
}
