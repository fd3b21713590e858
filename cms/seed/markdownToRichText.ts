import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'
import { editorFeatures } from '../fields/editorFeatures'
import { insertFootnotes } from './insertFootnotes'

let editorConfig: ReturnType<typeof editorConfigFactory.fromFeatures> | undefined

/** Converts seed Markdown into the Lexical rich text the CMS edits, with the same features as the admin editor (and `^[…]` footnotes). */
export async function markdownToRichText(config: SanitizedConfig, markdown: string) {
  editorConfig ??= editorConfigFactory.fromFeatures({ config, features: editorFeatures })
  return insertFootnotes(convertMarkdownToLexical({ editorConfig: await editorConfig, markdown }))
}
