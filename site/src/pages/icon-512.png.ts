import type { APIRoute } from 'astro'
import { iconPng } from '../lib/siteIcons'

// The web app manifest's large icon (Android's home screen and splash screen).
export const GET: APIRoute = async () => new Response(new Uint8Array(await iconPng(512)), { headers: { 'content-type': 'image/png' } })
