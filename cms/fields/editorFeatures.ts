import { BlocksFeature, EXPERIMENTAL_TableFeature, type FeatureProviderServer } from '@payloadcms/richtext-lexical'
import { Footnote } from '../blocks/Footnote'

/** The rich-text features editors get: Payload's defaults plus tables (amounts, deadlines, handbook checklists) and footnotes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Payload's own type for any feature list
export const editorFeatures = ({ defaultFeatures }: { defaultFeatures: FeatureProviderServer<any, any, any>[] }) => [
  ...defaultFeatures,
  EXPERIMENTAL_TableFeature(),
  BlocksFeature({ inlineBlocks: [Footnote] }),
]
