import type { APIRoute, GetStaticPaths } from 'astro'
import { z } from 'zod'
import { apiSchemaPath, type ApiSchemaName, apiSchemas } from '../../../../../../shared/api'
import { absoluteUrl } from '../../../../lib/deployment'

// The JSON Schema of every API document, made from the same schemas the site's types come from, for newsrooms to validate against.
export const getStaticPaths = (() => Object.keys(apiSchemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ params }) => {
  const name = params.name as ApiSchemaName
  return Response.json({ $id: absoluteUrl(apiSchemaPath(name)), title: name, ...z.toJSONSchema(apiSchemas[name], { target: 'draft-07' }) })
}
