// The search page: a small UI of our own over Pagefind's JavaScript API. The index starts loading when the
// field gets focus; results announce their count in a live region; đ is folded in queries and restored in excerpts.
// On slow networks every result shown costs a request, so the first answer shows a few results (one round of
// requests) and the filters load after it; more results come on demand.
import { consultationStatus, consultationStatuses } from '../../../shared/consultationStatus'
import { formatVietnameseDate } from '../../../shared/formatVietnameseDate'
import { fromIndexText, toSearchQuery } from '../../../shared/searchText'
import type { SearchDeltaPages } from '../../publish/scope'

type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: { id: string; data: () => Promise<Result> }[] } | null>
}
type Result = { url: string; excerpt: string; meta: Record<string, string> }

const form = document.querySelector<HTMLFormElement>('[data-ttcs-search]')!
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
const filtersBox = form.querySelector<HTMLFieldSetElement>('[data-ttcs-filters]')!
const status = document.querySelector<HTMLElement>('[data-ttcs-search-status]')!
const list = document.querySelector<HTMLOListElement>('[data-ttcs-results]')!
const empty = document.querySelector<HTMLElement>('[data-ttcs-empty]')!
const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<'found' | 'none' | 'loading' | 'all' | 'failed', string>
const more = document.querySelector<HTMLButtonElement>('[data-ttcs-more]')!
const firstPage = 6
const nextPage = 10
const base = form.dataset.base ?? '/'
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

// Pages published since the last full build are in a small second index; their old versions in the full index
// are left out, and they come first (a one-page index's scores do not compare with the full index's).
const hasDelta = form.dataset.searchDelta === 'true'
let delta = { pages: new Set<string>(), replaces: new Set<string>() }

// Pagefind asks for its script, then its entry file, then its metadata and WebAssembly: three round trips in a row,
// 150 ms or more each on a mobile network. Asking for the entry, metadata and WebAssembly while the script loads
// lets the browser's cache answer Pagefind's own requests for them (the same URLs).
function warmPagefindFiles(cacheTag: string) {
  type Entry = { languages: Record<string, { hash: string; wasm?: string | null }> }
  void fetch(`${base}pagefind/pagefind-entry.json?ts=${cacheTag}`)
    .then((response) => response.json() as Promise<Entry>)
    .then((entry) => {
      const index = entry.languages[document.documentElement.lang] ?? Object.values(entry.languages)[0]
      if (!index) return
      void fetch(`${base}pagefind/pagefind.${index.hash}.pf_meta`)
      void fetch(`${base}pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`)
    })
    .catch(() => undefined)
}

let pagefind: Promise<Pagefind> | undefined
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const cacheTag = String(Date.now())
    warmPagefindFiles(cacheTag)
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind
    // Without Pagefind's worker: one script fewer to fetch before the first answer, on a page whose only job is search.
    await module.options({ excerptLength: 24, baseUrl: base, noWorker: true, metaCacheTag: cacheTag })
    if (hasDelta) {
      const [pages, isMerged] = await Promise.all([
        fetch(`${base}pagefind-delta/pages.json`)
          .then((response) => response.json() as Promise<SearchDeltaPages>)
          .catch(() => undefined),
        module.mergeIndex(`${base}pagefind-delta/`, { baseUrl: base }).then(
          () => true,
          () => false,
        ),
      ])
      // Without the second index, the old versions are better than nothing.
      if (isMerged && pages) delta = { pages: new Set(pages.pages), replaces: new Set(pages.replaces) }
    }
    return module
  })()
  return pagefind
}

let filtersShown = false
async function showFilters(module: Pagefind) {
  if (filtersShown) return
  filtersShown = true
  const filters = await module.filters()
  for (const [name, values] of Object.entries(filters)) {
    const id = `loc-${name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z]+/gi, '-')}`
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: name.charAt(0).toUpperCase() + name.slice(1) })
    const select = Object.assign(document.createElement('select'), { id, name })
    select.append(new Option(strings.all, ''))
    for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'vi'))) select.append(new Option(value, value))
    select.addEventListener('change', () => void run())
    const wrapper = document.createElement('div')
    wrapper.append(label, select)
    filtersBox.append(wrapper)
  }
  filtersBox.hidden = false
}

function chosenFilters(): Record<string, string> {
  const chosen: Record<string, string> = {}
  for (const select of filtersBox.querySelectorAll('select')) if (select.value) chosen[select.name] = select.value
  return chosen
}

/**
 * Pagefind's excerpt: text with <mark> around the matches. It is parsed in an inert document (nothing in it runs
 * or loads) and rebuilt as text and <mark> elements only, so no markup that reached the index can reach the page.
 */
function excerptNodes(excerptHtml: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerptHtml, 'text/html').body
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: node.textContent })
      : document.createTextNode(node.textContent ?? ''),
  )
}

function renderResult(result: Result): HTMLLIElement {
  const item = Object.assign(document.createElement('li'), { className: 'ttcs-card' })
  const meta = Object.assign(document.createElement('p'), { className: 'ttcs-meta' })
  meta.append(result.meta.type ?? '')
  if (result.meta.opensAt && result.meta.closesAt) {
    const state = consultationStatus({
      opensAt: result.meta.opensAt,
      closesAt: result.meta.closesAt,
      isIssued: result.meta.issued === 'true',
      hasPublishedResponse: result.meta.responded === 'true',
    })
    meta.append(
      ' · ',
      Object.assign(document.createElement('span'), { className: `ttcs-badge ttcs-badge--${state}`, textContent: consultationStatuses[state] }),
    )
  }
  if (result.meta.date)
    meta.append(
      ' · ',
      Object.assign(document.createElement('time'), { dateTime: result.meta.date, textContent: formatVietnameseDate(`${result.meta.date}T12:00:00+07:00`) }),
    )
  const heading = Object.assign(document.createElement('h2'), { className: 'ttcs-card__title' })
  heading.append(Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url }))
  const excerpt = Object.assign(document.createElement('p'), { className: 'ttcs-card__text' })
  excerpt.append(...excerptNodes(fromIndexText(result.excerpt)))
  item.append(heading, meta, excerpt)
  return item
}

let latest = 0
async function run() {
  const typed = input.value.trim()
  const query = toSearchQuery(typed)
  const ticket = ++latest
  const url = new URL(location.href)
  if (typed) url.searchParams.set('q', typed)
  else url.searchParams.delete('q')
  history.replaceState(null, '', url)
  if (!query) {
    list.replaceChildren()
    status.textContent = ''
    empty.hidden = true
    return
  }
  status.textContent = strings.loading
  let module: Pagefind
  try {
    module = await loadPagefind()
  } catch {
    pagefind = undefined
    status.textContent = strings.failed
    return
  }
  const search = await module.search(query, { filters: chosenFilters() })
  const current = (search?.results ?? []).filter((result) => !delta.replaces.has(result.id))
  const found = [...current.filter((result) => delta.pages.has(result.id)), ...current.filter((result) => !delta.pages.has(result.id))]
  const results = await Promise.all(found.slice(0, firstPage).map((result) => result.data()))
  if (ticket !== latest) return
  list.replaceChildren(...results.map(renderResult))
  status.textContent = fill(found.length > 0 ? strings.found : strings.none, { n: found.length, q: typed })
  empty.hidden = found.length > 0
  pending = found.slice(firstPage)
  more.hidden = pending.length === 0
  void showFilters(module)
}

// Results found but not shown yet, loaded a page at a time.
let pending: { data: () => Promise<Result> }[] = []
more.addEventListener('click', async () => {
  const page = pending.splice(0, nextPage)
  const ticket = latest
  const results = await Promise.all(page.map((result) => result.data()))
  if (ticket !== latest) return
  const first = results.map(renderResult)
  list.append(...first)
  more.hidden = pending.length === 0
  // Keyboard and screen-reader users continue from the first new result.
  first[0]?.querySelector('a')?.focus()
})

let timer: ReturnType<typeof setTimeout> | undefined
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true })
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(() => void run(), 180)
})
form.addEventListener('submit', (event) => {
  event.preventDefault()
  clearTimeout(timer)
  void run()
})
const initial = new URL(location.href).searchParams.get('q')
if (initial) {
  input.value = initial
  void run()
}
