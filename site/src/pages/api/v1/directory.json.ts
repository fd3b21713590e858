import type { APIRoute } from 'astro'
import type { ApiDirectory } from '../../../../../shared/api'
import { loadSite } from '../../../lib/content'

// Agencies, topics and the official contacts of spokespersons.
export const GET: APIRoute = async () => {
  const site = await loadSite()
  const directory: ApiDirectory = {
    version: 1,
    generatedAt: new Date().toISOString(),
    spokespersons: site.spokespersons,
    agencies: site.agencies,
    topics: site.topics,
  }
  return Response.json(directory)
}
