import { z } from 'zod'
import { type ContentKind, contentKinds } from './contentKinds'
import {
  snapshotAgencySchema,
  snapshotDraftSchema,
  snapshotExplainerSchema,
  snapshotHandbookChapterSchema,
  snapshotPolicyDocumentSchema,
  snapshotPressBriefingSchema,
  snapshotSpokespersonSchema,
  snapshotTopicSchema,
} from './snapshot'

/** The public JSON API (static files under /api/v1/): the snapshot's public fields, plus links. As schemas, so that its JSON Schema follows. */
const apiLinks = { url: z.url(), api_url: z.url() }

export const apiSchemas = {
  ApiDraft: snapshotDraftSchema.extend(apiLinks),
  ApiExplainer: snapshotExplainerSchema.extend(apiLinks),
  ApiHandbookChapter: snapshotHandbookChapterSchema.extend(apiLinks),
  ApiPolicyDocument: snapshotPolicyDocumentSchema.extend(apiLinks),
  ApiPressBriefing: snapshotPressBriefingSchema.extend(apiLinks),
  ApiList: z.object({
    version: z.literal(1),
    generatedAt: z.iso.datetime(),
    items: z.array(z.object({ id: z.string(), slug: z.string(), title: z.string(), updatedAt: z.string(), ...apiLinks })),
  }),
  ApiDirectory: z.object({
    version: z.literal(1),
    generatedAt: z.iso.datetime(),
    spokespersons: z.array(snapshotSpokespersonSchema),
    agencies: z.array(snapshotAgencySchema),
    topics: z.array(snapshotTopicSchema),
  }),
  ApiIndex: z.object({
    version: z.literal(1),
    generatedAt: z.iso.datetime(),
    resources: z.record(z.string(), z.url()),
    /** Each schema's JSON Schema (draft-07), by name: ApiList, ApiDraft… */
    schemas: z.record(z.string(), z.url()),
    documentation: z.url(),
  }),
}

export type ApiList = z.infer<typeof apiSchemas.ApiList>
export type ApiDirectory = z.infer<typeof apiSchemas.ApiDirectory>
export type ApiIndex = z.infer<typeof apiSchemas.ApiIndex>

/** The kinds the API serves, each under its Payload collection slug as the resource name (/api/v1/handbook-chapters.json). */
const apiKinds = ['drafts', 'explainers', 'handbookChapters', 'policyDocuments', 'pressBriefings'] as const satisfies readonly ContentKind[]
export type ApiKind = (typeof apiKinds)[number]
export type ApiResource = (typeof contentKinds)[ApiKind]['collection']

/** Resource name → kind. */
export const apiResources = Object.fromEntries(apiKinds.map((kind) => [contentKinds[kind].collection, kind])) as Record<ApiResource, ApiKind>

export type ApiSchemaName = keyof typeof apiSchemas

/** Where a schema's JSON Schema is published, inside the site. */
export const apiSchemaPath = (name: ApiSchemaName) => `api/v1/schemas/${name}.json`
