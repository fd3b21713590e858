import { defineCollection } from 'astro:content'
import type { ContentKind } from '../../shared/contentKinds'
import { snapshotLoader } from './lib/snapshotLoader'

// One collection per kind of content (shared/contentKinds.ts), named as in the published snapshot. Their types are the snapshot's own
// (shared/snapshot.ts); src/lib/content.ts hands them to pages typed.
export const collections = {
  agencies: defineCollection({ loader: snapshotLoader('agencies') }),
  topics: defineCollection({ loader: snapshotLoader('topics') }),
  documentTypes: defineCollection({ loader: snapshotLoader('documentTypes') }),
  drafts: defineCollection({ loader: snapshotLoader('drafts') }),
  explainers: defineCollection({ loader: snapshotLoader('explainers') }),
  handbookChapters: defineCollection({ loader: snapshotLoader('handbookChapters') }),
  policyDocuments: defineCollection({ loader: snapshotLoader('policyDocuments') }),
  pressBriefings: defineCollection({ loader: snapshotLoader('pressBriefings') }),
  spokespersons: defineCollection({ loader: snapshotLoader('spokespersons') }),
  redirects: defineCollection({ loader: snapshotLoader('redirects') }),
} satisfies Record<ContentKind, unknown>
