// Rotates the board's slides, and when the site is rebuilt swaps in the new slides without a visible reload.
// If the network drops, the board keeps showing what it has (and the service worker serves it from cache).
const board = document.querySelector<HTMLElement>('main[data-version]')!
document.documentElement.classList.add('js')
const secondsPerSlide = 12

function rotate() {
  const slides = [...board.querySelectorAll<HTMLElement>('.b__slide')]
  const current = slides.findIndex((slide) => slide.hasAttribute('data-current'))
  slides[current]?.removeAttribute('data-current')
  slides[(current + 1) % slides.length]?.setAttribute('data-current', '')
}
setInterval(rotate, secondsPerSlide * 1000)

async function refresh() {
  try {
    const response = await fetch(location.href, { cache: 'no-store' })
    if (!response.ok) return
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector<HTMLElement>('main[data-version]')
    if (fresh && fresh.dataset.version !== board.dataset.version) {
      board.dataset.version = fresh.dataset.version
      board.replaceChildren(...fresh.childNodes)
    }
  } catch {
    // Offline: keep showing the current slides.
  }
}
setInterval(() => void refresh(), 5 * 60 * 1000)

if ('serviceWorker' in navigator)
  void navigator.serviceWorker.register(new URL('sw.js', document.baseURI.replace(/bang-tin\/.*$/, 'bang-tin/')).href).catch(() => undefined)
