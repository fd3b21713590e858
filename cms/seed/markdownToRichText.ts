import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

let editorConfig: ReturnType<typeof editorConfigFactory.default> | undefined

/** Converts seed Markdown into the Lexical rich text the CMS edits, with the same features as the admin editor. */
export async function markdownToRichText(config: SanitizedConfig, markdown: string) {
  editorConfig ??= editorConfigFactory.default({ config })
  return convertMarkdownToLexical({ editorConfig: await editorConfig, markdown })
}
