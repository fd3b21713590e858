import type { APIRoute } from 'astro'
import { iconSvg } from '../lib/siteIcons'

export const GET: APIRoute = () => new Response(iconSvg, { headers: { 'content-type': 'image/svg+xml' } })
