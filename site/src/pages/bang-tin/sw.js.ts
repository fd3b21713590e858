import type { APIRoute } from 'astro'

// The board's service worker: network first, the last good copy when the network drops, so a board in a
// commune hall keeps showing content through an outage and after a restart.
const worker = `
const cacheName = 'ttcs-bang-tin'
self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone()
          caches.open(cacheName).then((cache) => cache.put(event.request, copy))
        }
        return response
      })
      .catch(() => caches.match(event.request).then((cached) => cached || Response.error())),
  )
})
`

export const GET: APIRoute = () => new Response(worker, { headers: { 'content-type': 'text/javascript; charset=utf-8' } })
