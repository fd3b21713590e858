import type { APIRoute } from 'astro'
import { iconPng } from '../lib/siteIcons'

// 180×180: the size iPhones and iPads ask for when a page is added to the home screen.
export const GET: APIRoute = async () => new Response(new Uint8Array(await iconPng(180)), { headers: { 'content-type': 'image/png' } })
