import type { APIRoute } from 'astro'
import { type ApiIndex, apiResources, apiSchemaPath, type ApiSchemaName, apiSchemas } from '../../../../../shared/api'
import { absoluteUrl } from '../../../lib/deployment'

// The entry point of the public JSON API.
export const GET: APIRoute = () => {
  const index: ApiIndex = {
    version: 1,
    generatedAt: new Date().toISOString(),
    resources: {
      ...Object.fromEntries(Object.keys(apiResources).map((resource) => [resource, absoluteUrl(`api/v1/${resource}.json`)])),
      directory: absoluteUrl('api/v1/directory.json'),
    },
    schemas: Object.fromEntries((Object.keys(apiSchemas) as ApiSchemaName[]).map((name) => [name, absoluteUrl(apiSchemaPath(name))])),
    documentation: absoluteUrl('bao-chi/'),
  }
  return Response.json(index)
}
