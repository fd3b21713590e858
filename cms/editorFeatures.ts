import { EXPERIMENTAL_TableFeature, type FeatureProviderServer } from '@payloadcms/richtext-lexical'

/** The rich-text features editors get: Payload's defaults plus tables (amounts, deadlines, handbook checklists). */
export const editorFeatures = ({ defaultFeatures }: { defaultFeatures: FeatureProviderServer<any, any, any>[] }) => [
  ...defaultFeatures,
  EXPERIMENTAL_TableFeature(),
]
