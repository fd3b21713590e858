import type { APIRoute } from 'astro'
import { iconPng } from '../lib/siteIcons'

// The podcast feeds' cover (lib/podcast.ts): podcast apps ask for a square of 1,400 to 3,000 pixels.
export const GET: APIRoute = async () => new Response(new Uint8Array(await iconPng(1400)), { headers: { 'content-type': 'image/png' } })
